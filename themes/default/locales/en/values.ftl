# Display labels for enumerated values (topics, document types, catalogues, service-guide fields) - English

## Topics
topic-state-council-bodies = State Council bodies
topic-general-affairs = General affairs
topic-economy-state-assets = National economy & state assets
topic-finance-audit = Public finance, banking & audit
topic-land-energy = Land resources & energy
topic-agriculture-forestry-water = Agriculture, forestry & water resources
topic-industry-transport = Industry & transport
topic-commerce-customs-tourism = Commerce, customs & tourism
topic-market-safety-regulation = Market regulation & work safety
topic-construction-environment = Urban-rural development & environment
topic-science-education = Science, technology & education
topic-culture-media = Culture, broadcasting & publishing
topic-health-sports = Health & sports
topic-population-women-children = Population, family planning, women & children
topic-labour-personnel = Labour, personnel & supervision
topic-security-justice = Public security, state security & justice
topic-civil-affairs-relief = Civil affairs, poverty alleviation & disaster relief
topic-ethnic-religious-affairs = Ethnic & religious affairs
topic-foreign-affairs = Foreign affairs
topic-hk-macao-taiwan-overseas = Hong Kong, Macao, Taiwan & overseas Chinese
topic-national-defence = National defence
topic-other = Other

## Document types
genre-resolution = Resolution
genre-decision = Decision
genre-order = Order
genre-communique = Communiqué
genre-announcement = Announcement
genre-public-notice = Public notice
genre-opinion = Opinion
genre-notice = Notice
genre-circular = Circular
genre-report = Report
genre-request = Request for instructions
genre-reply = Official reply
genre-motion = Motion
genre-letter = Letter
genre-minutes = Minutes
genre-normative-document = Normative document
genre-plan = Plan
genre-interpretation = Policy interpretation

## Disclosure catalogue
catalog-policy-documents = Policy documents
catalog-plans = Plans
catalog-personnel = Personnel
catalog-finance = Public finance
catalog-notices = Notices
catalog-interpretations = Policy interpretations
catalog-statistics = Statistics
catalog-emergency = Emergency management
catalog-procurement = Government procurement
catalog-reports = Work reports

## Disclosure method
disclosure-proactive = Proactive disclosure
disclosure-on-request = Disclosure on request

## Validity
validity-in-force = In force
validity-expired = Expired
validity-repealed = Repealed

## Service item types
item-type-administrative-licensing = Administrative licensing
item-type-administrative-confirmation = Administrative confirmation
item-type-administrative-adjudication = Administrative adjudication
item-type-administrative-payment = Administrative payment
item-type-administrative-award = Administrative reward
item-type-administrative-filing = Administrative filing
item-type-other-administrative-power = Other administrative powers
item-type-public-service = Public service

## Administrative levels
level-national = National
level-provincial = Provincial
level-municipal = Municipal
level-county = County
level-township = Township
level-village = Village

## Applicants
applicant-natural-person = Natural person
applicant-enterprise = Enterprise
applicant-institution = Public institution
applicant-social-organization = Social organisation
applicant-unincorporated = Unincorporated enterprise
applicant-government = Government agency
applicant-other = Other organisation

## Case types
case-type-immediate = Handled on the spot
case-type-promised = Handled within promised time

## Time limits
limit-unit-working = { $days ->
    [one] { $days } working day
   *[other] { $days } working days
}
limit-unit-calendar = { $days ->
    [one] { $days } calendar day
   *[other] { $days } calendar days
}

## Materials: kind
material-kind-original = Original
material-kind-copy = Copy
material-kind-original-and-copy = Original and copy

## Materials: form
material-form-paper = Paper
material-form-electronic = Electronic
material-form-either = Paper or electronic

## Materials: requirement
material-required-required = Required
material-required-optional = Optional
material-required-deferrable = Deferrable (may be submitted later)

## Materials: source
material-source-applicant = Provided by applicant
material-source-government = Issued by government
material-source-other = Other

## Translation status (translation = …)
translation-reviewed = Reviewed translation
translation-tentative = Tentative translation
translation-machine = Machine translation

## A record before its effective day
validity-pending = Takes effect on { $date }

interpretation-kind-text = Text interpretation
interpretation-kind-graphic = Graphic interpretation
interpretation-kind-video = Video interpretation
interpretation-kind-qa = Questions and answers
