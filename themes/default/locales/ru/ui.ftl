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
