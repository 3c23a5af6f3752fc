# The default theme's interface text (English)
language-name = English
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
search-error = Search is not available right now. Please try again later.
