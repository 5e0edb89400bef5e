<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AddRemoveAgendaItemCommand</name>
        <message>
            <source>Remove agenda item</source>
            <translation>Удалить вопрос повестки</translation>
        </message>
        <message>
            <source>Add agenda item</source>
            <translation>Добавить вопрос повестки</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveAttendeeCommand</name>
        <message>
            <source>Remove attendee</source>
            <translation>Удалить участника</translation>
        </message>
        <message>
            <source>Add attendee</source>
            <translation>Добавить участника</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiRowsCommand</name>
        <message>
            <source>Remove KPI rows</source>
            <translation>Удалить строки показателей</translation>
        </message>
        <message>
            <source>Add KPI rows</source>
            <translation>Добавить строки показателей</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveKpiTableCommand</name>
        <message>
            <source>Remove KPI table</source>
            <translation>Удалить таблицу показателей</translation>
        </message>
        <message>
            <source>Add KPI table</source>
            <translation>Добавить таблицу показателей</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveReportCommand</name>
        <message>
            <source>Remove report</source>
            <translation>Удалить доклад</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Добавить доклад</translation>
        </message>
    </context>
    <context>
        <name>AddRemoveResolutionCommand</name>
        <message>
            <source>Remove resolution</source>
            <translation>Удалить решение</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Добавить решение</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>A&amp;genda:</source>
            <translation>П&amp;овестка:</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Вопросы повестки</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Move the item up (Alt+Up)</source>
            <translation>Переместить вопрос выше (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Move the item down (Alt+Down)</source>
            <translation>Переместить вопрос ниже (Alt+Down)</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Доклады</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Добавить доклад</translation>
        </message>
        <message>
            <source>Remove report</source>
            <translation>Удалить доклад</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Обсуждение</translation>
        </message>
        <message>
            <source>Pa&amp;rticipants:</source>
            <translation>Уч&amp;астники:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Имена, как в печати, через запятую</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Сод&amp;ержание:</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Add an agenda item after the selected one (Insert)</source>
            <translation>Добавить вопрос повестки после выбранного (Insert)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove the selected agenda item (Ctrl+Delete)</source>
            <translation>Удалить выбранный вопрос повестки (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Доклад:</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AgendaModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Вопрос повестки</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttendanceModel</name>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>As printed</source>
            <translation>Как в печати</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Presence</source>
            <translation>Присутствие</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
    </context>
    <context>
        <name>Bayon::FindDialog</name>
        <message>
            <source>Nothing found.</source>
            <translation>Ничего не найдено.</translation>
        </message>
        <message>
            <source>Places found: %1</source>
            <translation>Найдено мест: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::KpiTableModel</name>
        <message>
            <source>“%1” is not a number. Write it the Uzbek way: 1 152 or 11,2.</source>
            <translation>«%1» — не число. Пишите по-узбекски: 1 152 или 11,2.</translation>
        </message>
        <message>
            <source>“%1” is not a change. Write a factor (1,4 barobar) or a percentage (+25 %).</source>
            <translation>«%1» — не изменение. Укажите кратность (1,4 barobar) или процент (+25 %).</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Ед. изм.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Paste KPI rows</source>
            <translation>Вставить строки показателей</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MainWindow</name>
        <message>
            <source>Pages: %1</source>
            <translation>Страниц: %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Import a meeting</source>
            <translation>Импорт заседания</translation>
        </message>
        <message>
            <source>Bayon meetings (*.json)</source>
            <translation>Заседания Bayon (*.json)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Экспорт в PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not written</source>
            <translation>PDF не записан</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Записано: %1</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <source>Bayon cannot open the database
%1

%2</source>
            <translation>Bayon не может открыть базу данных
%1

%2</translation>
        </message>
        <message>
            <source>Choose another…</source>
            <translation>Выбрать другую…</translation>
        </message>
        <message>
            <source>Create a new one…</source>
            <translation>Создать новую…</translation>
        </message>
        <message>
            <source>Bayon databases (*.sqlite *.bayon *.db);;All files (*)</source>
            <translation>Базы данных Bayon (*.sqlite *.bayon *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>The file exists</source>
            <translation>Файл уже существует</translation>
        </message>
        <message>
            <source>Choose a name for the new database that is not taken yet.</source>
            <translation>Выберите для новой базы данных ещё не занятое имя.</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>Не удаётся получить список заседаний</translation>
        </message>
        <message>
            <source>The meeting cannot be opened</source>
            <translation>Не удаётся открыть заседание</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Не сохранено: %1</translation>
        </message>
        <message>
            <source>This meeting was changed elsewhere after you opened it.</source>
            <translation>Это заседание изменили в другом месте после того, как вы его открыли.</translation>
        </message>
        <message>
            <source>Not saved: the meeting was changed elsewhere. You will be asked again.</source>
            <translation>Не сохранено: заседание изменено в другом месте. Вопрос будет задан снова.</translation>
        </message>
        <message>
            <source>The meeting was not saved</source>
            <translation>Заседание не сохранено</translation>
        </message>
        <message>
            <source>The meeting was not created</source>
            <translation>Заседание не создано</translation>
        </message>
        <message>
            <source>The meeting was not duplicated</source>
            <translation>Копия заседания не создана</translation>
        </message>
        <message>
            <source>This is the copy; the original stays as it was.</source>
            <translation>Это копия; оригинал остался без изменений.</translation>
        </message>
        <message>
            <source>Delete the meeting</source>
            <translation>Удаление заседания</translation>
        </message>
        <message>
            <source>Delete meeting № %1 of %2, “%3”, with its whole protocol? This cannot be undone.</source>
            <translation>Удалить заседание № %1 от %2, «%3», со всем протоколом? Это нельзя отменить.</translation>
        </message>
        <message>
            <source>The meeting was not deleted</source>
            <translation>Заседание не удалено</translation>
        </message>
        <message>
            <source>The meeting was not imported</source>
            <translation>Заседание не импортировано</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Нет открытого заседания.</translation>
        </message>
        <message>
            <source>The protocol cannot be printed</source>
            <translation>Протокол нельзя напечатать</translation>
        </message>
        <message>
            <source>The protocol was not printed</source>
            <translation>Протокол не напечатан</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>About Bayon</source>
            <translation>О программе Bayon</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Minutes of council meetings in Uzbek: drafted, stored, searched and printed, offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, ICU and SQLite.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bayon %1&lt;/h3&gt;&lt;p&gt;Протоколы заседаний советов на узбекском языке: составление, хранение, поиск и печать без сети.&lt;/p&gt;&lt;p&gt;Создано на Qt %2, ICU и SQLite.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>not saved: changed elsewhere</source>
            <translation>не сохранено: изменено в другом месте</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>сохранено</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>ещё не сохранено</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Новое заседание</translation>
        </message>
        <message>
            <source>The meeting is not saved</source>
            <translation>Заседание не сохранено</translation>
        </message>
        <message>
            <source>The last changes could not be saved%1.

Close anyway and lose them?</source>
            <translation>Последние изменения не удалось сохранить%1.

Всё равно закрыть и потерять их?</translation>
        </message>
        <message>
            <source>The status cannot change so</source>
            <translation>Так изменить состояние нельзя</translation>
        </message>
        <message>
            <source>Lock the protocol</source>
            <translation>Заблокировать протокол</translation>
        </message>
        <message>
            <source>A %1 meeting is read-only: its protocol cannot be changed until it is reopened.

Set the status to %1?</source>
            <translation>Заседание в состоянии «%1» доступно только для чтения: протокол нельзя изменить, пока его не откроют заново.

Установить состояние «%1»?</translation>
        </message>
        <message>
            <source>The status was not changed</source>
            <translation>Состояние не изменено</translation>
        </message>
        <message>
            <source>This meeting is %1. Reopening it turns it back into a draft that can be changed, and the protocol will have to be finalised and signed again.</source>
            <translation>Состояние заседания: %1. Если открыть его заново, оно снова станет черновиком, а протокол придётся заново утвердить и подписать.</translation>
        </message>
        <message>
            <source>The meeting was not reopened</source>
            <translation>Заседание не открыто заново</translation>
        </message>
        <message>
            <source>Reopened: the meeting is a draft again.</source>
            <translation>Открыто заново: заседание снова черновик.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>Состояние заседания: %1. Протокол доступен только для чтения. Чтобы исправить, откройте его заново: он снова станет черновиком.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingListModel</name>
        <message>
            <source>Without a date</source>
            <translation>Без даты</translation>
        </message>
        <message>
            <source>(untitled meeting)</source>
            <translation>(заседание без названия)</translation>
        </message>
        <message>
            <source>Meeting %1 of %2: %3, %4</source>
            <translation>Заседание %1 от %2: %3, %4</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Заседание</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingPage</name>
        <message>
            <source>(nobody)</source>
            <translation>(никто)</translation>
        </message>
        <message>
            <source>The person was added to the meeting but not to the directory: %1</source>
            <translation>Человек добавлен в заседание, но не в справочник: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>Заседание изменено в другом месте; сначала выберите, что делать.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreferencesDialog</name>
        <message>
            <source>A new interface language is applied at once.</source>
            <translation>Новый язык интерфейса применяется сразу.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::PreviewWidget</name>
        <message>
            <source>Preview of the printed protocol</source>
            <translation>Просмотр печатного протокола</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReopenDialog</name>
        <message>
            <source>Reopen</source>
            <translation>Открыть заново</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportEditor</name>
        <message>
            <source>Printed as: %1</source>
            <translation>В печати: %1</translation>
        </message>
        <message>
            <source>(no caption)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>Cells that could not be read: %1. They are marked red; point at one to see why.</source>
            <translation>Ячеек, которые не удалось прочитать: %1. Они отмечены красным; наведите указатель, чтобы узнать причину.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReportListModel</name>
        <message>
            <source>(no speaker)</source>
            <translation>(без докладчика)</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Доклады</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionModel</name>
        <message>
            <source>(no text)</source>
            <translation>(без текста)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Адресат</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственные</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Исполнение</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ResolutionsPage</name>
        <message>
            <source>(the meeting as a whole)</source>
            <translation>(по заседанию в целом)</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>Решение %1</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>An instruction or a recommendation needs someone responsible.</source>
            <translation>Для поручения или рекомендации нужен ответственный.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SearchResultModel</name>
        <message>
            <source>Agenda item %1</source>
            <translation>Вопрос повестки %1</translation>
        </message>
        <message>
            <source>Report %1.%2</source>
            <translation>Доклад %1.%2</translation>
        </message>
        <message>
            <source>KPI row %1.%2.%3</source>
            <translation>Показатель %1.%2.%3</translation>
        </message>
        <message>
            <source>Resolution %1</source>
            <translation>Решение %1</translation>
        </message>
        <message>
            <source>Attendance %1</source>
            <translation>Участник %1</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Шапка</translation>
        </message>
        <message>
            <source>№ %1 of %2</source>
            <translation>№ %1 от %2</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Заседание</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Часть</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Найдено</translation>
        </message>
    </context>
    <context>
        <name>ChangeAgendaItemTitleCommand</name>
        <message>
            <source>Change agenda item title</source>
            <translation>Изменить название вопроса</translation>
        </message>
    </context>
    <context>
        <name>ChangeAttendeeCommand</name>
        <message>
            <source>Change attendee</source>
            <translation>Изменить участника</translation>
        </message>
    </context>
    <context>
        <name>ChangeDiscussionCommand</name>
        <message>
            <source>Change discussion participants</source>
            <translation>Изменить участников обсуждения</translation>
        </message>
        <message>
            <source>Change discussion summary</source>
            <translation>Изменить содержание обсуждения</translation>
        </message>
    </context>
    <context>
        <name>ChangeHeaderCommand</name>
        <message>
            <source>Change council</source>
            <translation>Изменить совет</translation>
        </message>
        <message>
            <source>Change number</source>
            <translation>Изменить номер</translation>
        </message>
        <message>
            <source>Change date</source>
            <translation>Изменить дату</translation>
        </message>
        <message>
            <source>Change time</source>
            <translation>Изменить время</translation>
        </message>
        <message>
            <source>Change place</source>
            <translation>Изменить место</translation>
        </message>
        <message>
            <source>Change form</source>
            <translation>Изменить форму</translation>
        </message>
        <message>
            <source>Change chair</source>
            <translation>Изменить председателя</translation>
        </message>
        <message>
            <source>Change secretary</source>
            <translation>Изменить секретаря</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiRowsCommand</name>
        <message>
            <source>Edit KPI table</source>
            <translation>Правка таблицы показателей</translation>
        </message>
    </context>
    <context>
        <name>ChangeKpiTableCaptionCommand</name>
        <message>
            <source>Change table caption</source>
            <translation>Изменить заголовок таблицы</translation>
        </message>
    </context>
    <context>
        <name>ChangeReportCommand</name>
        <message>
            <source>Change speaker</source>
            <translation>Изменить докладчика</translation>
        </message>
        <message>
            <source>Change lead sentence</source>
            <translation>Изменить вводную фразу</translation>
        </message>
        <message>
            <source>Change report text</source>
            <translation>Изменить текст доклада</translation>
        </message>
    </context>
    <context>
        <name>ChangeResolutionCommand</name>
        <message>
            <source>Change resolution text</source>
            <translation>Изменить текст решения</translation>
        </message>
        <message>
            <source>Change sub-points</source>
            <translation>Изменить подпункты</translation>
        </message>
        <message>
            <source>Change resolution kind</source>
            <translation>Изменить вид решения</translation>
        </message>
        <message>
            <source>Change addressee</source>
            <translation>Изменить адресата</translation>
        </message>
        <message>
            <source>Change responsible persons</source>
            <translation>Изменить ответственных</translation>
        </message>
        <message>
            <source>Change deadline</source>
            <translation>Изменить срок</translation>
        </message>
        <message>
            <source>Change follow-up status</source>
            <translation>Изменить состояние исполнения</translation>
        </message>
        <message>
            <source>Change status note</source>
            <translation>Изменить примечание к состоянию</translation>
        </message>
        <message>
            <source>Change agenda item of resolution</source>
            <translation>Изменить вопрос повестки решения</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>The meeting was changed elsewhere</source>
            <translation>Заседание изменено в другом месте</translation>
        </message>
        <message>
            <source>Nothing has been overwritten. Choose which version to keep:</source>
            <translation>Ничего не перезаписано. Выберите, какую версию оставить:</translation>
        </message>
        <message>
            <source>&amp;Reload theirs</source>
            <translation>&amp;Загрузить их версию</translation>
        </message>
        <message>
            <source>Show the meeting as it was saved elsewhere. Your changes since your last save are dropped.</source>
            <translation>Показать заседание в том виде, в каком его сохранили в другом месте. Ваши изменения после последнего сохранения пропадут.</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Оставить мою</translation>
        </message>
        <message>
            <source>Save your version over the other one. Their changes are replaced by yours.</source>
            <translation>Сохранить вашу версию поверх другой. Их изменения будут заменены вашими.</translation>
        </message>
        <message>
            <source>Save mine as a &amp;copy</source>
            <translation>Сохранить мою как &amp;копию</translation>
        </message>
        <message>
            <source>Keep both: theirs stays as it is, yours is saved as a new meeting.</source>
            <translation>Оставить обе: их версия останется как есть, ваша сохранится как новое заседание.</translation>
        </message>
    </context>
    <context>
        <name>EnumNames</name>
        <message>
            <source>In person</source>
            <translation>Очно</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Онлайн</translation>
        </message>
        <message>
            <source>Written poll</source>
            <translation>Заочное голосование</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>На рассмотрении</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Окончательный</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписан</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Приглашённый</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Сотрудник</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Присутствовал</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Отсутствовал</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>По уважительной причине</translation>
        </message>
        <message>
            <source>Take note</source>
            <translation>Принять к сведению</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Одобрить</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Поддержать</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Рекомендовать</translation>
        </message>
        <message>
            <source>Instruct</source>
            <translation>Поручить</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>Без срока</translation>
        </message>
        <message>
            <source>By a date</source>
            <translation>К дате</translation>
        </message>
        <message>
            <source>By the next meeting</source>
            <translation>К следующему заседанию</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <source>Find in all meetings</source>
            <translation>Поиск по всем заседаниям</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <source>Words from any meeting: oʻsish, IT-Park, Abdullayev…</source>
            <translation>Слова из любого заседания: oʻsish, IT-Park, Abdullayev…</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Искать</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filte&amp;r:</source>
            <translation>&amp;Фильтр:</translation>
        </message>
        <message>
            <source>Number, date or words of the title</source>
            <translation>Номер, дата или слова из названия</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Заседания</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>&amp;Недавние базы</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Заседание</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Новое заседание</translation>
        </message>
        <message>
            <source>A new draft with the council, chair, secretary and members of the latest meeting</source>
            <translation>Новый черновик с советом, председателем, секретарём и членами последнего заседания</translation>
        </message>
        <message>
            <source>&amp;Duplicate meeting</source>
            <translation>&amp;Дублировать заседание</translation>
        </message>
        <message>
            <source>A copy of this meeting as a new draft</source>
            <translation>Копия этого заседания как новый черновик</translation>
        </message>
        <message>
            <source>De&amp;lete meeting…</source>
            <translation>&amp;Удалить заседание…</translation>
        </message>
        <message>
            <source>Delete this meeting from the database</source>
            <translation>Удалить это заседание из базы данных</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>New data&amp;base…</source>
            <translation>Новая &amp;база данных…</translation>
        </message>
        <message>
            <source>&amp;Import meeting…</source>
            <translation>&amp;Импорт заседания…</translation>
        </message>
        <message>
            <source>Add a meeting from an interchange JSON file</source>
            <translation>Добавить заседание из файла обмена JSON</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Экспорт в PDF…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Пред&amp;просмотр…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Find in all meetings…</source>
            <translation>П&amp;оиск по всем заседаниям…</translation>
        </message>
        <message>
            <source>Filter the &amp;list</source>
            <translation>&amp;Фильтр списка</translation>
        </message>
        <message>
            <source>Type to filter the meetings on the left</source>
            <translation>Введите текст, чтобы отфильтровать заседания слева</translation>
        </message>
        <message>
            <source>Pr&amp;eferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;Reopen for editing…</source>
            <translation>Открыть для &amp;правки…</translation>
        </message>
        <message>
            <source>Turn a final or signed meeting back into a draft</source>
            <translation>Вернуть окончательное или подписанное заседание в черновики</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>Показать &amp;просмотр</translation>
        </message>
        <message>
            <source>Show meetings &amp;list</source>
            <translation>Показать &amp;список заседаний</translation>
        </message>
        <message>
            <source>&amp;About Bayon</source>
            <translation>&amp;О программе Bayon</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>Reopen for editing…</source>
            <translation>Открыть для правки…</translation>
        </message>
        <message>
            <source>Choose a meeting on the left, or create one with Ctrl+N.</source>
            <translation>Выберите заседание слева или создайте новое клавишами Ctrl+N.</translation>
        </message>
        <message>
            <source>&amp;1 Meeting and attendance</source>
            <translation>&amp;1 Заседание и участники</translation>
        </message>
        <message>
            <source>&amp;2 Agenda and reports</source>
            <translation>&amp;2 Повестка и доклады</translation>
        </message>
        <message>
            <source>&amp;3 Resolutions</source>
            <translation>&amp;3 Решения</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>Meeting</source>
            <translation>Заседание</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Совет:</translation>
        </message>
        <message>
            <source>The council's full name</source>
            <translation>Полное название совета</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>&amp;Номер:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Время:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Место:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Форма:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Состояние:</translation>
        </message>
        <message>
            <source>C&amp;hair:</source>
            <translation>&amp;Председатель:</translation>
        </message>
        <message>
            <source>Secre&amp;tary:</source>
            <translation>С&amp;екретарь:</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Add &amp;person:</source>
            <translation>Добавить &amp;человека:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it, a new name is added to it</source>
            <translation>Введите имя: справочник его дополнит, новое имя будет в него добавлено</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
    </context>
    <context>
        <name>MeetingValidator</name>
        <message>
            <source>The meeting needs the name of the council.</source>
            <translation>Для заседания нужно название совета.</translation>
        </message>
        <message>
            <source>The meeting needs a date.</source>
            <translation>Для заседания нужна дата.</translation>
        </message>
        <message>
            <source>The protocol number cannot be negative.</source>
            <translation>Номер протокола не может быть отрицательным.</translation>
        </message>
        <message>
            <source>Every attendee needs a name.</source>
            <translation>У каждого участника должно быть имя.</translation>
        </message>
        <message>
            <source>Every agenda item needs a title.</source>
            <translation>У каждого вопроса повестки должно быть название.</translation>
        </message>
        <message>
            <source>A report needs its speaker.</source>
            <translation>Для доклада нужен докладчик.</translation>
        </message>
        <message>
            <source>A KPI row needs the name of its indicator.</source>
            <translation>В строке показателей нужно название показателя.</translation>
        </message>
        <message>
            <source>A KPI row needs a value or a change, written as a number.</source>
            <translation>В строке показателей нужно значение или изменение, записанное числом.</translation>
        </message>
        <message>
            <source>A growth factor must be greater than zero.</source>
            <translation>Коэффициент роста должен быть больше нуля.</translation>
        </message>
        <message>
            <source>A resolution needs its text.</source>
            <translation>У решения должен быть текст.</translation>
        </message>
        <message>
            <source>The deadline must be a real date.</source>
            <translation>Срок должен быть настоящей датой.</translation>
        </message>
        <message>
            <source>The resolution refers to an agenda item that is no longer on the agenda.</source>
            <translation>Решение относится к вопросу, которого больше нет в повестке.</translation>
        </message>
    </context>
    <context>
        <name>MoveAgendaItemCommand</name>
        <message>
            <source>Move agenda item</source>
            <translation>Переместить вопрос повестки</translation>
        </message>
    </context>
    <context>
        <name>MoveResolutionCommand</name>
        <message>
            <source>Move resolution</source>
            <translation>Переместить решение</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Ваше имя:</translation>
        </message>
        <message>
            <source>Written beside the changes you make to a meeting's status</source>
            <translation>Записывается рядом с вашими изменениями состояния заседания</translation>
        </message>
        <message>
            <source>&amp;Replace apostrophes while typing (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</source>
            <translation>&amp;Заменять апострофы при вводе (o' → oʻ, g' → gʻ, ta'lim → taʼlim)</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen the meeting</source>
            <translation>Открыть заседание заново</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the meeting's history):</source>
            <translation>&amp;Причина (сохраняется в истории заседания):</translation>
        </message>
        <message>
            <source>What must be corrected, and at whose request</source>
            <translation>Что нужно исправить и по чьей просьбе</translation>
        </message>
    </context>
    <context>
        <name>ReportEditor</name>
        <message>
            <source>&amp;Speaker:</source>
            <translation>&amp;Докладчик:</translation>
        </message>
        <message>
            <source>O.Pekso, or the full name</source>
            <translation>O.Pekso или полное имя</translation>
        </message>
        <message>
            <source>&amp;Lead sentence:</source>
            <translation>&amp;Вводная фраза:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Абзац</translation>
        </message>
        <message>
            <source>Make the current block a paragraph (Ctrl+0)</source>
            <translation>Сделать текущий блок абзацем (Ctrl+0)</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Make the current block a section heading (Ctrl+2)</source>
            <translation>Сделать текущий блок заголовком раздела (Ctrl+2)</translation>
        </message>
        <message>
            <source>Bullet list</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>Make the current block a bullet (Ctrl+Shift+8)</source>
            <translation>Сделать текущий блок пунктом списка (Ctrl+Shift+8)</translation>
        </message>
        <message>
            <source>Report body</source>
            <translation>Текст доклада</translation>
        </message>
        <message>
            <source>KPI tables</source>
            <translation>Таблицы показателей</translation>
        </message>
        <message>
            <source>T&amp;able:</source>
            <translation>&amp;Таблица:</translation>
        </message>
        <message>
            <source>New table</source>
            <translation>Новая таблица</translation>
        </message>
        <message>
            <source>Remove table</source>
            <translation>Удалить таблицу</translation>
        </message>
        <message>
            <source>Ca&amp;ption:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <source>KPI table</source>
            <translation>Таблица показателей</translation>
        </message>
        <message>
            <source>Add row</source>
            <translation>Добавить строку</translation>
        </message>
        <message>
            <source>Add a row after the current one (Insert)</source>
            <translation>Добавить строку после текущей (Insert)</translation>
        </message>
        <message>
            <source>Remove rows</source>
            <translation>Удалить строки</translation>
        </message>
        <message>
            <source>Remove the selected rows (Ctrl+Delete)</source>
            <translation>Удалить выделенные строки (Ctrl+Delete)</translation>
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation>Вставить из электронной таблицы</translation>
        </message>
        <message>
            <source>Paste tab-separated rows at the current cell (Ctrl+V)</source>
            <translation>Вставить строки, разделённые табуляцией, в текущую ячейку (Ctrl+V)</translation>
        </message>
    </context>
    <context>
        <name>ResolutionsPage</name>
        <message>
            <source>Reso&amp;lutions:</source>
            <translation>&amp;Решения:</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Решения</translation>
        </message>
        <message>
            <source>Add resolution</source>
            <translation>Добавить решение</translation>
        </message>
        <message>
            <source>Remove resolution</source>
            <translation>Удалить решение</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Move the resolution up (Alt+Up)</source>
            <translation>Переместить решение выше (Alt+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Move the resolution down (Alt+Down)</source>
            <translation>Переместить решение ниже (Alt+Down)</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Su&amp;b-points:</source>
            <translation>&amp;Подпункты:</translation>
        </message>
        <message>
            <source>One sub-point a line</source>
            <translation>По одному подпункту в строке</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Вид:</translation>
        </message>
        <message>
            <source>Agenda &amp;item:</source>
            <translation>&amp;Вопрос повестки:</translation>
        </message>
        <message>
            <source>A&amp;ddressee:</source>
            <translation>&amp;Адресат:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Ответственные:</translation>
        </message>
        <message>
            <source>Printed names, separated by commas</source>
            <translation>Имена, как в печати, через запятую</translation>
        </message>
        <message>
            <source>Dead&amp;line:</source>
            <translation>&amp;Срок:</translation>
        </message>
        <message>
            <source>Deadline date</source>
            <translation>Дата срока</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Исполнение:</translation>
        </message>
        <message>
            <source>Status &amp;note:</source>
            <translation>Примечание к &amp;состоянию:</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Minutes of council meetings in Uzbek.</source>
            <translation>Протоколы заседаний советов на узбекском языке.</translation>
        </message>
        <message>
            <source>The database to open (created when missing).</source>
            <translation>База данных, которую открыть (создаётся, если её нет).</translation>
        </message>
        <message>
            <source>Save a picture of the window and quit.</source>
            <translation>Сохранить снимок окна и выйти.</translation>
        </message>
        <message>
            <source>Open the meeting at this part ("agenda 1").</source>
            <translation>Открыть заседание на этой части ("agenda 1").</translation>
        </message>
        <message>
            <source>A database to open, or a meeting (.json) to import.</source>
            <translation>База данных, которую открыть, или заседание (.json) для импорта.</translation>
        </message>
    </context>
</TS>
