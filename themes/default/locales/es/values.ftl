# Etiquetas de los valores enumerados (temas, tipos de documento, catálogo, campos de las guías de trámites) — español

## Temas
topic-state-council-bodies = Órganos del Consejo de Estado
topic-general-affairs = Asuntos generales
topic-economy-state-assets = Economía nacional y activos estatales
topic-finance-audit = Hacienda, finanzas y auditoría
topic-land-energy = Recursos territoriales y energía
topic-agriculture-forestry-water = Agricultura, silvicultura y recursos hídricos
topic-industry-transport = Industria y transporte
topic-commerce-customs-tourism = Comercio, aduanas y turismo
topic-market-safety-regulation = Supervisión del mercado y seguridad en la producción
topic-construction-environment = Construcción urbana y rural, protección ambiental
topic-science-education = Ciencia, tecnología y educación
topic-culture-media = Cultura, radiotelevisión y prensa
topic-health-sports = Sanidad y deportes
topic-population-women-children = Población y planificación familiar, mujer e infancia
topic-labour-personnel = Trabajo, personal y supervisión
topic-security-justice = Seguridad pública, seguridad del Estado y justicia
topic-civil-affairs-relief = Asuntos civiles, alivio de la pobreza y socorro en desastres
topic-ethnic-religious-affairs = Asuntos étnicos y religiosos
topic-foreign-affairs = Asuntos exteriores
topic-hk-macao-taiwan-overseas = Hong Kong, Macao, Taiwán y chinos de ultramar
topic-national-defence = Defensa nacional
topic-other = Otros

## Tipos de documento
genre-resolution = Resolución
genre-decision = Decisión
genre-order = Orden
genre-communique = Comunicado
genre-announcement = Anuncio
genre-public-notice = Aviso público
genre-opinion = Opinión
genre-notice = Notificación
genre-circular = Circular
genre-report = Informe
genre-request = Solicitud de instrucciones
genre-reply = Respuesta oficial
genre-motion = Moción
genre-letter = Oficio
genre-minutes = Acta
genre-normative-document = Documento normativo
genre-plan = Plan
genre-interpretation = Interpretación

## Catálogo de información pública
catalog-policy-documents = Documentos de política
catalog-plans = Planes
catalog-personnel = Personal
catalog-finance = Fondos públicos
catalog-notices = Avisos y anuncios
catalog-interpretations = Interpretación de políticas
catalog-statistics = Estadísticas
catalog-emergency = Gestión de emergencias
catalog-procurement = Contratación pública
catalog-reports = Informes de gestión

## Modalidad de publicación
disclosure-proactive = Publicidad activa
disclosure-on-request = Acceso a solicitud

## Vigencia
validity-in-force = Vigente
validity-expired = Expirado
validity-repealed = Derogado

## Tipos de trámite
item-type-administrative-licensing = Autorización administrativa
item-type-administrative-confirmation = Confirmación administrativa
item-type-administrative-adjudication = Resolución administrativa de controversias
item-type-administrative-payment = Prestación administrativa
item-type-administrative-award = Recompensa administrativa
item-type-administrative-filing = Registro administrativo
item-type-other-administrative-power = Otras potestades administrativas
item-type-public-service = Servicio público

## Nivel administrativo
level-national = Nacional
level-provincial = Provincial
level-municipal = Municipal
level-county = Distrital
level-township = De poblado
level-village = De aldea

## Destinatarios
applicant-natural-person = Persona física
applicant-enterprise = Empresa
applicant-institution = Institución pública
applicant-social-organization = Organización social
applicant-unincorporated = Empresa sin personalidad jurídica
applicant-government = Órgano administrativo
applicant-other = Otras organizaciones

## Tipo de tramitación
case-type-immediate = Trámite inmediato
case-type-promised = Trámite en plazo comprometido

## Plazos
limit-unit-working = { $days ->
    [one] { $days } día hábil
   *[other] { $days } días hábiles
}
limit-unit-calendar = { $days ->
    [one] { $days } día natural
   *[other] { $days } días naturales
}

## Documentación: tipo
material-kind-original = Original
material-kind-copy = Copia
material-kind-original-and-copy = Original y copia

## Documentación: soporte
material-form-paper = Papel
material-form-electronic = Electrónico
material-form-either = Papel o electrónico

## Documentación: obligatoriedad
material-required-required = Obligatorio
material-required-optional = Opcional
material-required-deferrable = Subsanable (aportación posterior)

## Documentación: procedencia
material-source-applicant = Aportado por el solicitante
material-source-government = Emitido por la Administración
material-source-other = Otra

## Translation status (translation = …)
translation-reviewed = Traducción revisada
translation-tentative = Traducción provisional
translation-machine = Traducción automática

## A record before its effective day
validity-pending = Entra en vigor el { $date }

interpretation-kind-text = Interpretación en texto
interpretation-kind-graphic = Interpretación gráfica
interpretation-kind-video = Interpretación en vídeo
interpretation-kind-qa = Preguntas y respuestas
