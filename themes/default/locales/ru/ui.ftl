# Тексты интерфейса темы по умолчанию (русский)
language-name = Русский
# The names of the site languages in this one (a list of the languages an online service is offered in).
language-name-zh = китайский
language-name-en = английский
language-name-ja = японский
language-name-ko = корейский
language-name-ru = русский
language-name-es = испанский
skip-to-content = Перейти к основному содержанию
language-switcher = Язык
switcher-fallback = перевода пока нет, показан оригинал на китайском языке
nav-main = Главное меню
nav-home = Главная
nav-disclosure = Раскрытие информации
nav-services = Услуги
breadcrumbs = Вы находитесь здесь

## Уведомления
notice-fallback = Эта страница ещё не переведена на русский язык. Ниже приведён оригинал на китайском языке.
notice-fallback-link = Открыть страницу на китайском языке
notice-authority = Перевод носит справочный характер. В случае расхождений преимущественную силу имеет текст на китайском языке.
notice-authority-link = Оригинал на китайском языке
notice-stale = После подготовки этого перевода китайский оригинал был изменён; перевод может быть устаревшим.
notice-stale-link = Открыть актуальный оригинал на китайском языке

## Подвал сайта
footer-badge = Знак сайта партийных и государственных органов
footer-badge-short = Гос
footer-organiser = Владелец сайта
footer-address = Адрес
footer-phone = Телефон
footer-email = Электронная почта
footer-site-code = Идентификационный код сайта
footer-report-error = Сообщить об ошибке на сайте органа власти

## Главная страница
home-latest = Последние публикации
home-all-disclosure = Весь каталог раскрытия информации
home-services = Услуги
home-all-services = Весь перечень услуг
home-sections = Разделы сайта

## Раскрытие информации
catalogue-caption = Каталог раскрытия информации органов власти, по дате публикации (сначала новые)
record-meta-caption = Реквизиты документа
record-index-no = Индексный номер
record-topic = Тематика
record-agency = Издавший орган
record-written = Дата документа
record-title = Заголовок
record-doc-no = Номер документа
record-published = Дата публикации
record-genre = Вид документа
record-catalog = Раздел каталога
record-validity = Статус
record-disclosure = Способ раскрытия
record-effective = Дата вступления в силу
record-keywords = Ключевые слова
record-superseded-by = Этот документ заменён:
record-supersedes = Этот документ заменяет
record-interpretations = Разъяснения документа
record-interprets = Этот материал ({ $kind }) разъясняет документ:

## Справочник услуг
guide-promised-limit = Гарантированный срок
guide-legal-limit = Срок по закону
guide-visits = Посещения ведомства
guide-visits-count = { $count ->
    [0] Не требуются: услуга полностью онлайн
    [one] Не более { $count } раза
    [few] Не более { $count } раз
    [many] Не более { $count } раз
   *[other] Не более { $count } раза
}
guide-fee = Плата
guide-fee-charged = Платно (см. размер платы)
guide-fee-free = Бесплатно
guide-agency = Орган, предоставляющий услугу
guide-case-type = Порядок рассмотрения
guide-apply-online = Подать заявление онлайн
guide-who = Условия приёма заявления
guide-applicants = Заявители
guide-materials = Необходимые документы
material-name = Документ
material-required = Обязательность
material-kind = Форма представления
material-copies = Экземпляров
material-source = Источник
material-blank-form = Скачать бланк
guide-steps = Порядок действий
guide-where = Место и время приёма
guide-place = Место приёма
guide-hours = Часы приёма
guide-delivery = Доставка
guide-delivery-yes = Возможна отправка по почте
guide-fees = Размер платы
fee-name = Вид платы
fee-standard = Размер
fee-basis = Основание
guide-contact = Справки и жалобы
guide-phone = Телефон для справок
guide-complaint = Жалобы
guide-online = Онлайн-сервис
guide-about = Описание услуги
guide-faq = Часто задаваемые вопросы
guide-details = Сведения об услуге
guide-legal-basis = Правовые основания
guide-result = Результат услуги
guide-item-type = Вид услуги
guide-level = Уровень власти
guide-sectors = Сферы
guide-life-events = Жизненные ситуации
guide-catalog-code = Базовый код
guide-task-code = Код исполнения

## 404
notfound-title = Страница не найдена
notfound-text = Запрашиваемая страница не существует или была удалена. Проверьте адрес или найдите нужные сведения на главной странице или в каталоге раскрытия информации.
notfound-home = На главную страницу

## Навигация и страницы
browse-by = Просмотр по разделам
browse-all = Все
pagination = Страницы
pagination-prev = Назад
pagination-next = Далее
page-status = Страница { $page } из { $pages }
listing-page-title = { $title } (страница { $page })
feed-subscribe = Подписаться на этот список (Atom)
disclosure-more = Ещё о раскрытии информации
taxonomy-topics = Темы
taxonomy-agencies = Ведомства
taxonomy-genres = Виды документов
taxonomy-catalogs = Разделы каталога
taxonomy-years = Годы
taxonomy-sectors = Услуги по сферам
taxonomy-life-events = Услуги по жизненным ситуациям

## Годовая статистика
statistics-title = Статистика раскрытия информации
statistics-year-title = Открытое опубликование в { $year } году
statistics-intro = Эти данные подсчитаны автоматически по каталогу документов, опубликованных на сайте, для ежегодного отчёта о раскрытии правительственной информации.
statistics-issued = Издано за год
statistics-repealed = Отменено или утратило силу за год
statistics-in-force = Действует на конец года
statistics-by-genre = По видам документов
statistics-by-agency = По издавшим ведомствам
statistics-by-topic = По темам
statistics-by-year = По годам
statistics-year = Год
statistics-no-genre = Вид не указан
statistics-note = Действует на конец года = действовало на конец прошлого года + издано − отменено или утратило силу.

## Раскрытие по запросу
on-request-title = Как запросить правительственную информацию
on-request-intro = Граждане, юридические лица и иные организации могут запросить у правительства информацию, которая не была опубликована.
on-request-limit = Срок ответа
on-request-limit-value = 20 рабочих дней
on-request-extension = Продление
on-request-extension-value = С согласия руководителя — не более чем на 20 рабочих дней
on-request-fee-value = Как правило, бесплатно
on-request-office = Орган, принимающий запросы
on-request-apply-online = Подать запрос онлайн
on-request-channels = Способы подачи
on-request-channel-online = Онлайн
on-request-channel-post = По почте
on-request-channel-in-person = Лично
on-request-form = Скачать бланк запроса
on-request-contents = Что указать в запросе
on-request-contents-text = Имя или наименование заявителя, документ, удостоверяющий личность, и контактные данные; название, номер документа или иное описание запрашиваемой информации; форму и способ её получения.
on-request-flow = Порядок рассмотрения
on-request-step-submit = Подача запроса
on-request-step-submit-text = Направьте письменный запрос любым из указанных способов. Если он неясен, вам сразу сообщат всё, что нужно дополнить.
on-request-step-register = Регистрация
on-request-step-register-text = Датой получения считается день поступления запроса, а для дополненного запроса — день поступления дополнения.
on-request-step-answer = Ответ
on-request-step-answer-text = Если возможно, ответ даётся сразу; иначе — в течение 20 рабочих дней со дня получения.
on-request-step-extend = Продление срока
on-request-step-extend-text = Если нужно больше времени, руководитель может продлить срок не более чем на 20 рабочих дней, о чём вам сообщат.
on-request-step-remedy = Обжалование
on-request-step-remedy-text = Если вы считаете, что ваши законные права нарушены, вы можете подать жалобу в порядке административного пересмотра или обратиться в суд.
on-request-basis = Основание: Положение КНР об открытости правительственной информации (в редакции 2019 года), статьи 27–33.

## Карта сайта
sitemap-title = Карта сайта
sitemap-indexes = Указатели
footer-sitemap = Карта сайта

## Для пожилых читателей
reading-tools = Помощь в чтении
reading-large-text = Крупный шрифт
reading-high-contrast = Высокий контраст
reading-big-cursor = Крупный курсор
reading-read-aloud = Читать вслух
menu-open = Меню
menu-close = Закрыть меню
print-url = Адрес страницы
print-date = Дата печати
table-scroll-hint = Таблица шире экрана: прокрутите её в сторону, чтобы увидеть все столбцы.
notfound-catalogue = Открыть каталог раскрытия информации
guide-online-note = Онлайн-сервис работает только на этих языках: { $languages }.
list-separator = { ", " }
guide-online-only = только: { $languages }
statistics-total = Итого
description-listing = { $title } — документы, услуги и страницы этого раздела портала «{ $site }», сначала новые.
description-index = { $title } — все рубрики портала «{ $site }» и число материалов в каждой.
description-statistics = { $title }: изданные, отменённые и действующие документы по материалам портала «{ $site }».
description-on-request = Как запросить у портала «{ $site }» неопубликованную государственную информацию: способы подачи, содержание запроса, сроки ответа.
description-sitemap = Все разделы и указатели портала «{ $site }».
description-search = Поиск документов, справочников услуг и страниц портала «{ $site }».
description-notfound = Запрошенной страницы нет на портале «{ $site }».
description-page = { $title } — портал «{ $site }».
start-here-title = С чего начать: услуги для иностранных инвесторов и жителей
start-here-intro = Услуги, за которыми чаще всего обращаются иностранные инвесторы и жители, со сроком, стоимостью и местом обращения. Каждая ссылка ведёт к полному справочнику услуги.
start-here-tasks = Услуги на этой странице
start-here-where = Куда обращаться
start-here-online = онлайн-заявка только на этих языках: { $languages }
start-here-also = Также понадобится (см. выше):
start-here-also-separator = { "; " }
start-here-home = С чего начать: инвестиции, работа и жизнь в Даляне
description-start-here = { $title }: сроки, стоимость и места обращения по услугам, за которыми приходят иностранные читатели портала «{ $site }».

search-title = Поиск
search-label = Поиск по сайту
search-submit = Найти
search-filters = Уточнить результаты
search-all = Все
search-kind = Тип
search-kind-record = Раскрытие информации
search-kind-guide = Услуги
search-kind-page = Другие страницы
search-agency = Ведомство
search-topic = Тема
search-year = Год
search-validity = Действие
search-sort = Сортировка
search-sort-relevance = По релевантности
search-sort-date = Сначала новые
search-count = { $count ->
    [one] Найден { $count } результат
    [few] Найдено { $count } результата
   *[many] Найдено { $count } результатов
}
search-more = Показать ещё
search-none = Ничего не найдено. Попробуйте другие слова.
search-corrected = Показаны результаты по запросу «{ $query }».
search-elsewhere = Есть результаты в других версиях сайта:
search-from = Опубликовано с
search-to = Опубликовано по
search-skip-results = Перейти к результатам
search-fallback = Оригинал на китайском
search-error = Поиск сейчас недоступен. Попробуйте позже.

## Attachments (附件) and the size of a file
attachments-heading = Приложения
attachment-meta = ({ $type }, { $size })
attachment-meta-source = ({ $type }, { $size }, на китайском языке)
size-bytes = { $n } Б
size-kb = { $n } КБ
size-mb = { $n } МБ
size-gb = { $n } ГБ

## The notice on a tentative or machine translation
notice-translation-tentative = Это предварительный перевод, он приводится только для справки. Официальным является только текст на китайском языке.
notice-translation-machine = Эта страница переведена машинным способом и не проверена. Перевод приводится только для справки; официальным является только текст на китайском языке.

## "Last updated" on a page with an updated date
page-updated = Последнее обновление:{" "}

## Ежегодный доклад
annual-report-title = Ежегодный доклад о раскрытии государственной информации за { $year } год
annual-report-section-overview = 1. Общее положение
annual-report-section-proactive = 2. Инициативное раскрытие государственной информации
annual-report-section-requests = 3. Полученные и рассмотренные запросы о раскрытии информации
annual-report-section-reviews = 4. Административное обжалование и судебные иски по вопросам раскрытия
annual-report-section-problems = 5. Основные проблемы и меры по их устранению
annual-report-section-other = 6. Прочие вопросы
annual-report-article-20-1 = Статья 20, пункт 1
annual-report-article-20-5 = Статья 20, пункт 5
annual-report-article-20-6 = Статья 20, пункт 6
annual-report-article-20-8 = Статья 20, пункт 8
annual-report-content = Вид информации
annual-report-made = Принято за год
annual-report-repealed = Отменено за год
annual-report-in-force = Действует
annual-report-decisions = Решений за год
annual-report-fees-amount = Собрано за год (10 000 юаней)
annual-report-regulations = Правила
annual-report-normative-documents = Административные нормативные документы
annual-report-licences = Административное лицензирование
annual-report-penalties = Административные наказания
annual-report-enforcement = Административное принуждение
annual-report-fees = Административные и учрежденческие сборы
annual-report-requests-rule = (В каждом столбце сумма строк 1 и 2 равна сумме строк 3 и 4)
annual-report-applicants = Заявители
annual-report-legal-persons = Юридические лица и иные организации
annual-report-col-natural-person = Физические лица
annual-report-col-business = Коммерческие предприятия
annual-report-col-research = Научные учреждения
annual-report-col-public-interest = Общественные организации
annual-report-col-legal-services = Юридические службы
annual-report-col-other-organisation = Прочие
annual-report-col-total = Итого
annual-report-row-received = 1. Новые запросы, полученные за год
annual-report-row-carried_over = 2. Запросы, перенесённые с прошлого года
annual-report-results = 3. Результаты рассмотрения за год
annual-report-row-disclosed = (1) Информация раскрыта
annual-report-row-partly_disclosed = (2) Раскрыта частично (при разделении информации учитывается только здесь)
annual-report-group-withheld = (3) В раскрытии отказано
annual-report-row-withheld_state_secret = 1. Государственная тайна
annual-report-row-withheld_prohibited_by_law = 2. Раскрытие запрещено иными законами и административными актами
annual-report-row-withheld_security_stability = 3. Угроза государственной, общественной или экономической безопасности либо социальной стабильности
annual-report-row-withheld_third_party = 4. Защита законных прав и интересов третьих лиц
annual-report-row-withheld_internal_affairs = 5. Внутренняя служебная информация (три вида)
annual-report-row-withheld_process = 6. Информация о ходе подготовки решений (четыре вида)
annual-report-row-withheld_enforcement_file = 7. Материалы административных правоприменительных дел
annual-report-row-withheld_query = 8. Вопросы административных справок
annual-report-group-unavailable = (4) Предоставить невозможно
annual-report-row-unavailable_not_held = 1. Орган не располагает этой информацией
annual-report-row-unavailable_needs_making = 2. Готовой информации нет, её пришлось бы создать
annual-report-row-unavailable_unclear = 3. Запрос остался неясным после уточнения
annual-report-group-not-processed = (5) Не рассматривается
annual-report-row-not_processed_petition = 1. Обращения, сообщения и жалобы
annual-report-row-not_processed_repeated = 2. Повторные запросы
annual-report-row-not_processed_publication = 3. Запросы опубликованных изданий
annual-report-row-not_processed_excessive = 4. Массовые повторные запросы без уважительной причины
annual-report-row-not_processed_confirmation = 5. Требования подтвердить или повторно выдать уже полученную информацию
annual-report-group-other-handling = (6) Иное рассмотрение
annual-report-row-other_overdue_correction = 1. Заявитель без уважительной причины не уточнил запрос в срок; рассмотрение прекращено
annual-report-row-other_overdue_fee = 2. Заявитель не оплатил сбор в срок; рассмотрение прекращено
annual-report-row-other_other = 3. Прочее
annual-report-row-answered_total = (7) Итого
annual-report-row-carried_forward = 4. Перенесено на следующий год
annual-report-review = Административное обжалование
annual-report-lawsuit = Судебные иски
annual-report-row-lawsuit_direct = Иск без предварительного обжалования
annual-report-row-lawsuit_after_review = Иск после обжалования
annual-report-col-upheld = Решение оставлено в силе
annual-report-col-corrected = Решение исправлено
annual-report-col-other = Иной результат
annual-report-col-pending = Не завершено
annual-report-computed = Число правил и нормативных документов подсчитано по документам, опубликованным на этом сайте; остальные данные взяты из файла данных доклада и проверены.
annual-report-text-in-chinese = Ниже приведён текст на языке оригинала (китайском).
annual-report-link = Ежегодные доклады о раскрытии государственной информации
annual-report-template = Составлен по общегосударственной форме ежегодного доклада о раскрытии государственной информации (Го Бань Гун Кай Бань Хань [2021] № 30).
description-annual-report = { $title }: ежегодный доклад портала «{ $site }» по общегосударственной форме — инициативное раскрытие, запросы и ответы на них, обжалования и иски.

## Страница глоссария (иноязычной версии)
footer-glossary = Глоссарий официальных терминов
glossary-title = Глоссарий официальных терминов
glossary-intro = Установленные переводы названий органов власти и официальных терминов, используемые в переводах на этом портале. При расхождении перевода с китайским оригиналом преимущественную силу имеет китайский оригинал.
glossary-caption = Официальные термины и их переводы
glossary-term = Термин на китайском языке
glossary-rendering = Перевод
glossary-note = Примечание
glossary-variants = Допустимые формы
glossary-variants-separator = { "; " }
description-glossary = { $title }: как портал «{ $site }» передаёт по-русски названия органов власти и официальные термины.
