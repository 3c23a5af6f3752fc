# Dalian, China — vocabulario del sitio (español)
# Los nombres oficiales de organismos, ámbitos y situaciones vitales se toman de este archivo.

## Sitio
site-title = Gobierno Popular Municipal de Dalian
site-short-name = Dalian, China
site-organiser = Oficina General del Gobierno Popular Municipal de Dalian
site-address = Plaza del Pueblo, n.º 1, distrito de Xigang, Dalian, provincia de Liaoning, China, C. P. 116012

## Organismos
agency-dlgov = Gobierno Popular Municipal de Dalian
agency-dlgov-office = Oficina General del Gobierno Popular Municipal de Dalian
agency-dl-drc = Comisión Municipal de Desarrollo y Reforma de Dalian
agency-dl-commerce = Oficina Municipal de Comercio de Dalian
agency-dl-samr = Administración Municipal de Regulación del Mercado de Dalian
agency-dl-hrss = Oficina Municipal de Recursos Humanos y Seguridad Social de Dalian
agency-dl-education = Oficina Municipal de Educación de Dalian
agency-dl-health = Comisión Municipal de Salud de Dalian
agency-dl-housing = Oficina Municipal de Vivienda y Desarrollo Urbano-Rural de Dalian
agency-dl-psb = Oficina Municipal de Seguridad Pública de Dalian
agency-dl-science = Oficina Municipal de Ciencia y Tecnología de Dalian
agency-dl-medical-security = Administración Municipal de Seguro Médico de Dalian
agency-dl-hpf = Centro de Gestión del Fondo de Previsión para la Vivienda de Dalian
agency-dl-ecology = Oficina Municipal de Ecología y Medio Ambiente de Dalian
agency-dl-water = Grupo de Aguas de Dalian
agency-dl-power = Compañía de Suministro Eléctrico de Dalian de la Red Eléctrica Estatal de China
agency-dl-gas = Grupo de Gas de Dalian

## Ámbitos
sector-water = Agua
sector-electricity = Electricidad
sector-gas = Gas
sector-education = Educación
sector-healthcare = Sanidad
sector-housing = Vivienda
sector-telecom = Telecomunicaciones
sector-business = Creación de empresas
sector-foreigners = Extranjeros
sector-social-security = Seguridad social

## Situaciones vitales
life-event-start-a-business = Crear una empresa
life-event-move-to-dalian = Mudarse a Dalian
life-event-work-permit = Obtener un permiso de trabajo
life-event-have-a-baby = Tener un bebé
life-event-go-to-school = Escolarizar a los hijos
life-event-buy-a-home = Comprar una vivienda
