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
record-interpretations = Interpretaciones de la política
record-interprets = Esta interpretación ({ $kind }) explica:

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

## Attachments (附件) and the size of a file
attachments-heading = Archivos adjuntos
attachment-meta = ({ $type }, { $size })
attachment-meta-source = ({ $type }, { $size }, en chino)
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB

## The notice on a tentative or machine translation
notice-translation-tentative = Esta es una traducción provisional, solo como referencia. Solo el texto original en chino es auténtico.
notice-translation-machine = Esta página se ha traducido automáticamente y no ha sido revisada. Es solo una referencia; solo el texto original en chino es auténtico.

## "Last updated" on a page with an updated date
page-updated = Última actualización:{" "}

## Informe anual
annual-report-title = Informe anual sobre la divulgación de información gubernamental { $year }
annual-report-section-overview = 1. Situación general
annual-report-section-proactive = 2. Divulgación de oficio de información gubernamental
annual-report-section-requests = 3. Solicitudes de información gubernamental recibidas y tramitadas
annual-report-section-reviews = 4. Recursos administrativos y litigios sobre la divulgación
annual-report-section-problems = 5. Principales problemas y mejoras
annual-report-section-other = 6. Otros asuntos que informar
annual-report-article-20-1 = Artículo 20, apartado 1
annual-report-article-20-5 = Artículo 20, apartado 5
annual-report-article-20-6 = Artículo 20, apartado 6
annual-report-article-20-8 = Artículo 20, apartado 8
annual-report-content = Información
annual-report-made = Aprobados en el año
annual-report-repealed = Derogados en el año
annual-report-in-force = Vigentes
annual-report-decisions = Resoluciones en el año
annual-report-fees-amount = Importe recaudado en el año (10 000 yuanes)
annual-report-regulations = Reglamentos
annual-report-normative-documents = Documentos normativos administrativos
annual-report-licences = Licencias administrativas
annual-report-penalties = Sanciones administrativas
annual-report-enforcement = Medidas administrativas coercitivas
annual-report-fees = Tasas administrativas e institucionales
annual-report-requests-rule = (En cada columna, la suma de las filas 1 y 2 es igual a la suma de las filas 3 y 4)
annual-report-applicants = Solicitantes
annual-report-legal-persons = Personas jurídicas u otras organizaciones
annual-report-col-natural-person = Personas físicas
annual-report-col-business = Empresas comerciales
annual-report-col-research = Instituciones de investigación
annual-report-col-public-interest = Organizaciones de interés público
annual-report-col-legal-services = Servicios jurídicos
annual-report-col-other-organisation = Otras
annual-report-col-total = Total general
annual-report-row-received = 1. Solicitudes nuevas recibidas en el año
annual-report-row-carried_over = 2. Solicitudes pendientes del año anterior
annual-report-results = 3. Resultado de la tramitación en el año
annual-report-row-disclosed = (1) Información divulgada
annual-report-row-partly_disclosed = (2) Divulgación parcial (si se separó la información, solo se cuenta aquí)
annual-report-group-withheld = (3) No divulgada
annual-report-row-withheld_state_secret = 1. Secreto de Estado
annual-report-row-withheld_prohibited_by_law = 2. Divulgación prohibida por otras leyes y reglamentos administrativos
annual-report-row-withheld_security_stability = 3. Pondría en peligro la seguridad nacional, pública o económica o la estabilidad social
annual-report-row-withheld_third_party = 4. Protección de los derechos e intereses legítimos de terceros
annual-report-row-withheld_internal_affairs = 5. Información de asuntos internos (tres tipos)
annual-report-row-withheld_process = 6. Información de procesos en curso (cuatro tipos)
annual-report-row-withheld_enforcement_file = 7. Expedientes de actuaciones administrativas
annual-report-row-withheld_query = 8. Asuntos de consulta administrativa
annual-report-group-unavailable = (4) No se puede facilitar
annual-report-row-unavailable_not_held = 1. Este organismo no dispone de la información
annual-report-row-unavailable_needs_making = 2. No existe la información; habría que elaborarla
annual-report-row-unavailable_unclear = 3. La solicitud sigue sin ser clara tras la subsanación
annual-report-group-not-processed = (5) No tramitadas
annual-report-row-not_processed_petition = 1. Peticiones, denuncias o quejas
annual-report-row-not_processed_repeated = 2. Solicitudes repetidas
annual-report-row-not_processed_publication = 3. Solicitudes de publicaciones ya editadas
annual-report-row-not_processed_excessive = 4. Gran número de solicitudes repetidas sin causa justificada
annual-report-row-not_processed_confirmation = 5. Peticiones de confirmar o volver a expedir información ya obtenida
annual-report-group-other-handling = (6) Otra tramitación
annual-report-row-other_overdue_correction = 1. El solicitante no subsanó a tiempo sin causa justificada; se dejó de tramitar
annual-report-row-other_overdue_fee = 2. El solicitante no pagó a tiempo la tasa notificada; se dejó de tramitar
annual-report-row-other_other = 3. Otros
annual-report-row-answered_total = (7) Total general
annual-report-row-carried_forward = 4. Pendientes para el año siguiente
annual-report-review = Recurso administrativo
annual-report-lawsuit = Litigio administrativo
annual-report-row-lawsuit_direct = Demanda sin recurso previo
annual-report-row-lawsuit_after_review = Demanda tras el recurso
annual-report-col-upheld = Confirmado
annual-report-col-corrected = Corregido
annual-report-col-other = Otro resultado
annual-report-col-pending = Pendiente
annual-report-computed = El número de reglamentos y documentos normativos se cuenta a partir de los documentos publicados en este sitio; las demás cifras proceden del archivo de datos del informe y se comprueban.
annual-report-text-in-chinese = Los apartados de texto siguientes son el original en chino.
annual-report-link = Informes anuales sobre la divulgación de información gubernamental
annual-report-template = Elaborado según el formato nacional del informe anual sobre la divulgación de información gubernamental (Guo Ban Gong Kai Ban Han [2021] n.º 30).
description-annual-report = { $title }: el informe anual de { $site } en el formato nacional, con la divulgación de oficio, las solicitudes y su tramitación, los recursos y los litigios.

## Página del glosario (edición extranjera)
footer-glossary = Glosario de términos oficiales
glossary-title = Glosario de términos oficiales
glossary-intro = Las traducciones fijas de los nombres de los organismos y de los términos oficiales que usan las traducciones de este sitio. Si una traducción difiere del original chino, prevalece el original chino.
glossary-caption = Términos oficiales y su traducción
glossary-term = Término en chino
glossary-rendering = Traducción
glossary-note = Nota
glossary-variants = También escrito
glossary-variants-separator = { "; " }
description-glossary = { $title }: cómo traduce { $site } al español los nombres de los organismos y los términos oficiales.
