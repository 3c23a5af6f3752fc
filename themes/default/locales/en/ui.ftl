# The default theme's interface text (English)
language-name = English
# The names of the site languages in this one (a list of the languages an online service is offered in).
language-name-zh = Chinese
language-name-en = English
language-name-ja = Japanese
language-name-ko = Korean
language-name-ru = Russian
language-name-es = Spanish
skip-to-content = Skip to main content
language-switcher = Language
switcher-fallback = not yet translated: shows the Chinese original
nav-main = Main navigation
nav-home = Home
nav-disclosure = Information Disclosure
nav-services = Services
breadcrumbs = You are here

## Notices
notice-fallback = This page has not been translated into English yet. The Chinese original is shown below.
notice-fallback-link = Go to the Chinese page
notice-authority = This translation is for reference only. In case of any discrepancy, the Chinese version prevails.
notice-authority-link = Chinese original
notice-stale = The Chinese original has been updated since this translation was made; the translation may be out of date.
notice-stale-link = Read the current Chinese original

## Footer
footer-badge = Party and government website badge
footer-badge-short = Gov
footer-organiser = Organiser
footer-address = Address
footer-phone = Telephone
footer-email = Email
footer-site-code = Website ID code
footer-report-error = Report an error on this government website

## Home page
home-latest = Latest disclosures
home-all-disclosure = The full disclosure catalogue
home-services = Services
home-all-services = All service guides
home-sections = Explore

## Disclosure records
catalogue-caption = Government information disclosure catalogue, newest first
record-meta-caption = Disclosure index
record-index-no = Index No.
record-topic = Topic
record-agency = Issuing agency
record-written = Date written
record-title = Title
record-doc-no = Document No.
record-published = Date published
record-genre = Document type
record-catalog = Catalogue
record-validity = Validity
record-disclosure = Disclosure
record-effective = Effective from
record-keywords = Keywords
record-superseded-by = This document has been replaced by:
record-supersedes = This document replaces
record-interpretations = Policy interpretations
record-interprets = This interpretation ({ $kind }) explains:

## Service guides
guide-promised-limit = Promised time limit
guide-legal-limit = Statutory time limit
guide-visits = Visits in person
guide-visits-count = { $count ->
    [0] None: fully online
    [one] At most { $count } visit
   *[other] At most { $count } visits
}
guide-fee = Fees
guide-fee-charged = Charged (see the fee schedule)
guide-fee-free = Free of charge
guide-agency = Responsible agency
guide-case-type = Case type
guide-apply-online = Apply online
guide-who = Who can apply
guide-applicants = Applicants
guide-materials = Required documents
material-name = Document
material-required = Required
material-kind = Form
material-copies = Copies
material-source = Source
material-blank-form = Download the blank form
guide-steps = Procedure
guide-where = Where and when
guide-place = Service location
guide-hours = Office hours
guide-delivery = Delivery
guide-delivery-yes = Results can be sent by post
guide-fees = Fee schedule
fee-name = Item
fee-standard = Amount
fee-basis = Basis
guide-contact = Enquiries and complaints
guide-phone = Enquiries
guide-complaint = Complaints
guide-online = Online service
guide-about = About this service
guide-faq = Frequently asked questions
guide-details = Service details
guide-legal-basis = Legal basis
guide-result = Result
guide-item-type = Service type
guide-level = Administrative level
guide-sectors = Sectors
guide-life-events = Life events
guide-catalog-code = Basic code
guide-task-code = Implementation code

## 404
notfound-title = Page not found
notfound-text = The page you requested does not exist or has been removed. Please check the address, or find what you need from the home page or the disclosure catalogue.
notfound-home = Go to the home page

## Browsing and pages
browse-by = Browse by
browse-all = All
pagination = Pages
pagination-prev = Previous
pagination-next = Next
page-status = Page { $page } of { $pages }
listing-page-title = { $title } (page { $page })
feed-subscribe = Subscribe to this list (Atom)
disclosure-more = More on disclosure
taxonomy-topics = Topics
taxonomy-agencies = Agencies
taxonomy-genres = Document types
taxonomy-catalogs = Catalogue sections
taxonomy-years = Years
taxonomy-sectors = Services by sector
taxonomy-life-events = Services by life event

## Annual statistics
statistics-title = Disclosure statistics
statistics-year-title = Proactive disclosure in { $year }
statistics-intro = These figures are counted from the records published on this site, for the annual report on government information disclosure.
statistics-issued = Issued this year
statistics-repealed = Repealed or expired this year
statistics-in-force = In force at year end
statistics-by-genre = By document type
statistics-by-agency = By issuing agency
statistics-by-topic = By topic
statistics-by-year = Year by year
statistics-year = Year
statistics-no-genre = Type not given
statistics-note = In force at year end = in force at the end of the previous year + issued − repealed or expired.

## On-request disclosure
on-request-title = How to request government information
on-request-intro = Citizens, legal persons and other organisations may ask this government for information that has not been published.
on-request-limit = Time limit for the answer
on-request-limit-value = 20 working days
on-request-extension = Extension
on-request-extension-value = With the head's approval, up to 20 more working days
on-request-fee-value = Normally free of charge
on-request-office = Office receiving requests
on-request-apply-online = Submit a request online
on-request-channels = How to apply
on-request-channel-online = Online
on-request-channel-post = By post
on-request-channel-in-person = In person
on-request-form = Download the request form
on-request-contents = What a request contains
on-request-contents-text = A request gives the applicant's name, proof of identity and contact details; the name, document number or another description of the information asked for; and the form in which it should be provided, and how.
on-request-flow = Procedure
on-request-step-submit = Apply
on-request-step-submit-text = Send a written request through any of the channels above. If it is unclear, the office tells you at once everything that needs to be added.
on-request-step-register = Registration
on-request-step-register-text = The request counts as received on the day it arrives; a completed request, on the day the completion arrives.
on-request-step-answer = Answer
on-request-step-answer-text = Where possible you are answered on the spot; otherwise within 20 working days of receipt.
on-request-step-extend = Extension
on-request-step-extend-text = If more time is needed, the head of the office may approve an extension of at most 20 working days, and you are told.
on-request-step-remedy = Remedies
on-request-step-remedy-text = If you believe your lawful rights were infringed, you may apply for administrative reconsideration or bring an administrative lawsuit.
on-request-basis = Basis: Regulations of the People's Republic of China on Open Government Information (revised 2019), Articles 27 to 33.

## Site map
sitemap-title = Site map
sitemap-indexes = Indexes
footer-sitemap = Site map

## Older readers
reading-tools = Reading aids
reading-large-text = Large text
reading-high-contrast = High contrast
reading-big-cursor = Large cursor
reading-read-aloud = Read aloud
menu-open = Menu
menu-close = Close menu
print-url = Page address
print-date = Printed on
table-scroll-hint = The table is wider than the screen: scroll sideways to see every column.
notfound-catalogue = Browse the disclosure catalogue
guide-online-note = The online service is available only in { $languages }.
list-separator = { ", " }
guide-online-only = only in { $languages }
statistics-total = Total
description-listing = { $title }: the records, service guides and pages listed under this heading on { $site }, newest first.
description-index = { $title } on { $site }: every heading, with how many items each lists.
description-statistics = { $title }: documents issued, repealed and in force, counted from the records published on { $site }.
description-on-request = How to ask { $site } for government information that has not been published: channels, contents of a request, time limits.
description-sitemap = Every section and index of { $site }.
description-search = Search the disclosure records, service guides and pages of { $site }.
description-notfound = The page you asked for is not on { $site }.
description-page = { $title }, on { $site }.
start-here-title = Start here: services for foreign investors and residents
start-here-intro = The tasks foreign investors and residents most often come for, with the time each takes, its fee and where to go. Each links to the full service guide.
start-here-tasks = Tasks on this page
start-here-where = Where to go
start-here-online = online application only in { $languages }
start-here-also = Also needed for this (described above):
start-here-also-separator = { "; " }
start-here-home = Start here: investing, working and living in Dalian
description-start-here = { $title }: time limits, fees and service locations of the tasks foreign readers of { $site } come for.

search-title = Search
search-label = Search this site
search-submit = Search
search-filters = Filter results
search-all = All
search-kind = Type
search-kind-record = Disclosure records
search-kind-guide = Service guides
search-kind-page = Other pages
search-agency = Agency
search-topic = Topic
search-year = Year
search-validity = Validity
search-sort = Sort by
search-sort-relevance = Relevance
search-sort-date = Newest first
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-more = Show more results
search-none = Nothing found. Try other words.
search-corrected = Showing results for “{ $query }”.
search-elsewhere = Other editions have results:
search-from = Published from
search-to = Published to
search-skip-results = Skip to the results
search-fallback = Chinese original
search-error = Search is not available right now. Please try again later.

## Attachments (附件) and the size of a file
attachments-heading = Attachments
attachment-meta = ({ $type }, { $size })
attachment-meta-source = ({ $type }, { $size }, in Chinese)
size-bytes = { $n } B
size-kb = { $n } KB
size-mb = { $n } MB
size-gb = { $n } GB

## The notice on a tentative or machine translation
notice-translation-tentative = This is a tentative translation, for reference only. Only the original Chinese text is authoritative.
notice-translation-machine = This page was translated by machine and has not been reviewed. It is for reference only; only the original Chinese text is authoritative.

## "Last updated" on a page with an updated date
page-updated = Last updated:{" "}

## Annual report
annual-report-title = Annual Report on Government Information Disclosure, { $year }
annual-report-section-overview = 1. Overview
annual-report-section-proactive = 2. Proactive disclosure of government information
annual-report-section-requests = 3. Requests for government information received and handled
annual-report-section-reviews = 4. Administrative reconsideration and litigation concerning disclosure
annual-report-section-problems = 5. Main problems and improvements
annual-report-section-other = 6. Other matters to report
annual-report-article-20-1 = Article 20 (1)
annual-report-article-20-5 = Article 20 (5)
annual-report-article-20-6 = Article 20 (6)
annual-report-article-20-8 = Article 20 (8)
annual-report-content = Information
annual-report-made = Made this year
annual-report-repealed = Repealed this year
annual-report-in-force = In force
annual-report-decisions = Decisions this year
annual-report-fees-amount = Fees collected this year (CNY 10,000)
annual-report-regulations = Rules
annual-report-normative-documents = Administrative normative documents
annual-report-licences = Administrative licensing
annual-report-penalties = Administrative penalties
annual-report-enforcement = Administrative enforcement
annual-report-fees = Administrative and institutional fees
annual-report-requests-rule = (Rows 1 and 2 together equal rows 3 and 4 together, in every column)
annual-report-applicants = Applicants
annual-report-legal-persons = Legal persons or other organizations
annual-report-col-natural-person = Natural persons
annual-report-col-business = Businesses
annual-report-col-research = Research institutions
annual-report-col-public-interest = Public-interest organizations
annual-report-col-legal-services = Legal service providers
annual-report-col-other-organisation = Others
annual-report-col-total = Total
annual-report-row-received = 1. New requests received this year
annual-report-row-carried_over = 2. Requests carried over from last year
annual-report-results = 3. How requests were answered this year
annual-report-row-disclosed = (1) Disclosed
annual-report-row-partly_disclosed = (2) Partly disclosed (counted here only, when the information was separated)
annual-report-group-withheld = (3) Not disclosed
annual-report-row-withheld_state_secret = 1. State secrets
annual-report-row-withheld_prohibited_by_law = 2. Disclosure prohibited by other laws and administrative regulations
annual-report-row-withheld_security_stability = 3. Would endanger national, public or economic security, or social stability
annual-report-row-withheld_third_party = 4. Protection of third parties' lawful rights and interests
annual-report-row-withheld_internal_affairs = 5. Internal affairs information (three kinds)
annual-report-row-withheld_process = 6. Process information (four kinds)
annual-report-row-withheld_enforcement_file = 7. Administrative enforcement case files
annual-report-row-withheld_query = 8. Administrative enquiry matters
annual-report-group-unavailable = (4) Information cannot be provided
annual-report-row-unavailable_not_held = 1. This agency does not hold the information
annual-report-row-unavailable_needs_making = 2. No existing information; it would have to be newly produced
annual-report-row-unavailable_unclear = 3. Request still unclear after correction
annual-report-group-not-processed = (5) Not handled
annual-report-row-not_processed_petition = 1. Petitions, reports or complaints
annual-report-row-not_processed_repeated = 2. Repeated requests
annual-report-row-not_processed_publication = 3. Requests for published materials
annual-report-row-not_processed_excessive = 4. Large numbers of repeated requests without good reason
annual-report-row-not_processed_confirmation = 5. Requests to confirm or reissue information already obtained
annual-report-group-other-handling = (6) Handled otherwise
annual-report-row-other_overdue_correction = 1. Applicant did not complete the request in time without good reason; the agency no longer handles it
annual-report-row-other_overdue_fee = 2. Applicant did not pay the fee notified in time; the agency no longer handles it
annual-report-row-other_other = 3. Other
annual-report-row-answered_total = (7) Total
annual-report-row-carried_forward = 4. Carried over to next year
annual-report-review = Administrative reconsideration
annual-report-lawsuit = Administrative litigation
annual-report-row-lawsuit_direct = Filed without prior reconsideration
annual-report-row-lawsuit_after_review = Filed after reconsideration
annual-report-col-upheld = Upheld
annual-report-col-corrected = Corrected
annual-report-col-other = Other outcome
annual-report-col-pending = Pending
annual-report-computed = The numbers of rules and normative documents are counted from the documents published on this site; the other figures come from the annual report's data file and are checked.
annual-report-text-in-chinese = The text sections below are the Chinese original.
annual-report-link = Annual reports on government information disclosure
annual-report-template = Prepared in the national format for annual reports on government information disclosure (Guo Ban Gong Kai Ban Han [2021] No. 30).
description-annual-report = { $title }: the annual report of { $site } in the national format, with proactive disclosure, requests and how they were answered, reviews and lawsuits.

## The official glossary page (a foreign edition's)
footer-glossary = Glossary of official terms
glossary-title = Glossary of official terms
glossary-intro = The fixed renderings of the names of agencies and of official terms used on this site's translations. Where a translation and the Chinese original differ, the Chinese original prevails.
glossary-caption = Official terms and their renderings
glossary-term = Chinese term
glossary-rendering = Rendering
glossary-note = Note
glossary-variants = Also written
glossary-variants-separator = { "; " }
description-glossary = { $title }: how { $site } renders the names of agencies and official terms.
