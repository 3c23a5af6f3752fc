# Textos de la interfaz del tema predeterminado (español)
language-name = Español
# The names of the site languages in this one (a list of the languages an online service is offered in).
language-name-zh = chino
language-name-en = inglés
language-name-ja = japonés
language-name-ko = coreano
language-name-ru = ruso
language-name-es = español
skip-to-content = Ir al contenido principal
language-switcher = Idioma
switcher-fallback = aún sin traducir: se muestra el original en chino
nav-main = Menú principal
nav-home = Inicio
nav-disclosure = Información pública
nav-services = Trámites
breadcrumbs = Usted está aquí

## Avisos
notice-fallback = Esta página aún no se ha traducido al español. A continuación se muestra el original en chino.
notice-fallback-link = Ir a la página en chino
notice-authority = Esta traducción tiene carácter meramente informativo. En caso de discrepancia, prevalecerá la versión en chino.
notice-authority-link = Original en chino
notice-stale = El original en chino se ha modificado después de esta traducción, por lo que la traducción puede no estar actualizada.
notice-stale-link = Ver el original en chino vigente

## Pie de página
footer-badge = Distintivo de sitio web de órganos del Partido y del Gobierno
footer-badge-short = Gob
footer-organiser = Titular del sitio
footer-address = Dirección
footer-phone = Teléfono
footer-email = Correo electrónico
footer-site-code = Código de identificación del sitio
footer-report-error = Notificar un error en este sitio web oficial

## Página de inicio
home-latest = Últimas publicaciones
home-all-disclosure = Ver todo el catálogo de información pública
home-services = Trámites
home-all-services = Ver todas las guías de trámites
home-sections = Secciones

## Información pública
catalogue-caption = Catálogo de información pública del Gobierno, por fecha de publicación (de la más reciente a la más antigua)
record-meta-caption = Índice de información pública
record-index-no = N.º de índice
record-topic = Tema
record-agency = Órgano emisor
record-written = Fecha del documento
record-title = Título
record-doc-no = N.º de documento
record-published = Fecha de publicación
record-genre = Tipo de documento
record-catalog = Catálogo
record-validity = Vigencia
record-disclosure = Modalidad de publicación
record-effective = Entrada en vigor
record-keywords = Palabras clave
record-superseded-by = Este documento ha sido sustituido por:
record-supersedes = Este documento sustituye a

## Guías de trámites
guide-promised-limit = Plazo comprometido
guide-legal-limit = Plazo legal
guide-visits = Visitas presenciales
guide-visits-count = { $count ->
    [0] Ninguna: trámite íntegramente en línea
    [one] Como máximo { $count } visita
   *[other] Como máximo { $count } visitas
}
guide-fee = Tasas
guide-fee-charged = De pago (véase el cuadro de tasas)
guide-fee-free = Gratuito
guide-agency = Órgano competente
guide-case-type = Tipo de tramitación
guide-apply-online = Tramitar en línea
guide-who = Requisitos
guide-applicants = Destinatarios
guide-materials = Documentación requerida
material-name = Documento
material-required = Obligatoriedad
material-kind = Forma de presentación
material-copies = Ejemplares
material-source = Procedencia
material-blank-form = Descargar el formulario
guide-steps = Procedimiento
guide-where = Lugar y horario
guide-place = Lugar de atención
guide-hours = Horario de atención
guide-delivery = Envío
guide-delivery-yes = Se admite el envío por correo
guide-fees = Cuadro de tasas
fee-name = Concepto
fee-standard = Importe
fee-basis = Base normativa
guide-contact = Consultas y reclamaciones
guide-phone = Teléfono de consultas
guide-complaint = Reclamaciones
guide-online = Trámite en línea
guide-about = Descripción del trámite
guide-faq = Preguntas frecuentes
guide-details = Datos del trámite
guide-legal-basis = Base jurídica
guide-result = Resultado
guide-item-type = Tipo de trámite
guide-level = Nivel administrativo
guide-sectors = Ámbitos
guide-life-events = Hechos vitales
guide-catalog-code = Código básico
guide-task-code = Código de ejecución

## 404
notfound-title = Página no encontrada
notfound-text = La página solicitada no existe o ha sido retirada. Compruebe la dirección o busque la información desde la página de inicio o el catálogo de información pública.
notfound-home = Ir a la página de inicio

## Navegación y páginas
browse-by = Explorar por
browse-all = Todo
pagination = Páginas
pagination-prev = Anterior
pagination-next = Siguiente
page-status = Página { $page } de { $pages }
listing-page-title = { $title } (página { $page })
feed-subscribe = Suscribirse a esta lista (Atom)
disclosure-more = Más sobre transparencia
taxonomy-topics = Temas
taxonomy-agencies = Organismos
taxonomy-genres = Tipos de documento
taxonomy-catalogs = Secciones del catálogo
taxonomy-years = Años
taxonomy-sectors = Trámites por sector
taxonomy-life-events = Trámites por situación personal

## Estadísticas anuales
statistics-title = Estadísticas de transparencia
statistics-year-title = Publicación de oficio en { $year }
statistics-intro = Estas cifras se calculan a partir de los documentos publicados en este sitio, para el informe anual sobre transparencia de la información gubernamental.
statistics-issued = Emitidos en el año
statistics-repealed = Derogados o caducados en el año
statistics-in-force = Vigentes al cierre del año
statistics-by-genre = Por tipo de documento
statistics-by-agency = Por organismo emisor
statistics-by-topic = Por tema
statistics-by-year = Año por año
statistics-year = Año
statistics-no-genre = Tipo no indicado
statistics-note = Vigentes al cierre del año = vigentes al cierre del año anterior + emitidos − derogados o caducados.

## Acceso a petición
on-request-title = Cómo solicitar información gubernamental
on-request-intro = Los ciudadanos, las personas jurídicas y otras organizaciones pueden solicitar al gobierno información que no se ha publicado.
on-request-limit = Plazo de respuesta
on-request-limit-value = 20 días hábiles
on-request-extension = Prórroga
on-request-extension-value = Con la aprobación del responsable, hasta 20 días hábiles más
on-request-fee-value = Normalmente gratuito
on-request-office = Oficina que recibe las solicitudes
on-request-apply-online = Presentar una solicitud en línea
on-request-channels = Cómo solicitar
on-request-channel-online = En línea
on-request-channel-post = Por correo postal
on-request-channel-in-person = En persona
on-request-form = Descargar el formulario de solicitud
on-request-contents = Contenido de la solicitud
on-request-contents-text = La solicitud indica el nombre o la denominación del solicitante, su identificación y sus datos de contacto; el nombre, el número de documento u otra descripción de la información pedida; y la forma y el medio en que desea recibirla.
on-request-flow = Procedimiento
on-request-step-submit = Solicitud
on-request-step-submit-text = Envíe una solicitud por escrito por cualquiera de las vías anteriores. Si no es clara, la oficina le indicará de una vez todo lo que debe completar.
on-request-step-register = Registro
on-request-step-register-text = La solicitud se considera recibida el día en que llega; si se completa, el día en que llega la información añadida.
on-request-step-answer = Respuesta
on-request-step-answer-text = Si es posible, se responde en el acto; si no, en un plazo de 20 días hábiles desde la recepción.
on-request-step-extend = Prórroga
on-request-step-extend-text = Si se necesita más tiempo, el responsable puede aprobar una prórroga de hasta 20 días hábiles, que se le comunicará.
on-request-step-remedy = Recursos
on-request-step-remedy-text = Si considera vulnerados sus derechos legítimos, puede solicitar una revisión administrativa o interponer un recurso contencioso-administrativo.
on-request-basis = Fundamento: Reglamento de la República Popular China sobre la Información Gubernamental Abierta (revisado en 2019), artículos 27 a 33.

## Mapa del sitio
sitemap-title = Mapa del sitio
sitemap-indexes = Índices
footer-sitemap = Mapa del sitio

## Lectores mayores
reading-tools = Ayudas de lectura
reading-large-text = Letra grande
reading-high-contrast = Alto contraste
reading-big-cursor = Cursor grande
reading-read-aloud = Leer en voz alta
menu-open = Menú
menu-close = Cerrar el menú
print-url = Dirección de la página
print-date = Impreso el
table-scroll-hint = La tabla es más ancha que la pantalla: desplácela de lado para ver todas las columnas.
notfound-catalogue = Ver el catálogo de información pública
guide-online-note = El servicio en línea solo está disponible en: { $languages }.
list-separator = { ", " }
guide-online-only = solo en: { $languages }
statistics-total = Total del año
description-listing = { $title }: los documentos, guías de trámites y páginas de esta sección de { $site }, los más recientes primero.
description-index = { $title } en { $site }: todos los apartados, con el número de elementos de cada uno.
description-statistics = { $title }: documentos emitidos, derogados y vigentes, contados a partir de lo publicado en { $site }.
description-on-request = Cómo solicitar a { $site } información gubernamental no publicada: vías, contenido de la solicitud y plazos de respuesta.
description-sitemap = Todas las secciones e índices de { $site }.
description-search = Buscar en los documentos, guías de trámites y páginas de { $site }.
description-notfound = La página solicitada no está en { $site }.
description-page = { $title }, en { $site }.
start-here-title = Empiece aquí: trámites para inversores y residentes extranjeros
start-here-intro = Los trámites que más buscan los inversores y residentes extranjeros, con su plazo, su tasa y dónde acudir. Cada uno enlaza con la guía completa del trámite.
start-here-tasks = Trámites de esta página
start-here-where = Dónde acudir
start-here-online = solicitud en línea solo en: { $languages }
start-here-also = También necesario para esto (véase más arriba):
start-here-also-separator = { "; " }
start-here-home = Empiece aquí: invertir, trabajar y vivir en Dalian
description-start-here = { $title }: plazos, tasas y oficinas de los trámites que buscan los lectores extranjeros de { $site }.

search-title = Búsqueda
search-label = Buscar en el sitio
search-submit = Buscar
search-filters = Filtrar resultados
search-all = Todos
search-kind = Tipo
search-kind-record = Divulgación de información
search-kind-guide = Guías de trámites
search-kind-page = Otras páginas
search-agency = Organismo
search-topic = Tema
search-year = Año
search-validity = Vigencia
search-sort = Ordenar por
search-sort-relevance = Relevancia
search-sort-date = Más recientes
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-more = Mostrar más resultados
search-none = No se encontró nada. Pruebe con otras palabras.
search-corrected = Se muestran resultados de «{ $query }».
search-elsewhere = Hay resultados en otras ediciones:
search-from = Publicado desde
search-to = Publicado hasta
search-skip-results = Ir a los resultados
search-fallback = Original en chino
search-error = La búsqueda no está disponible en este momento. Inténtelo más tarde.
