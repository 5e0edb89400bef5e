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
        <name>AddRemoveAppendixCommand</name>
        <message>
            <source>Remove appendix</source>
            <translation>Удалить приложение</translation>
        </message>
        <message>
            <source>Add appendix</source>
            <translation>Добавить приложение</translation>
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
        <message>
            <source>Vote</source>
            <translation>Голосование</translation>
        </message>
        <message>
            <source>The vote on the item as a whole, when the members vote on the question rather than on each resolution.</source>
            <translation>Голосование по вопросу в целом — когда члены голосуют по вопросу, а не по каждому решению.</translation>
        </message>
    </context>
    <context>
        <name>AppendicesPage</name>
        <message>
            <source>&amp;Documents attached to the protocol:</source>
            <translation>&amp;Документы, приложенные к протоколу:</translation>
        </message>
        <message>
            <source>Appendices</source>
            <translation>Приложения</translation>
        </message>
        <message>
            <source>The k-th "(ilova qilinadi)" in the text refers to the k-th document; each prints after the signatures under the number shown</source>
            <translation>k-е «(ilova qilinadi)» в тексте относится к k-му документу; каждый печатается после подписей под показанным номером</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Доб&amp;авить</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>Appendices check</source>
            <translation>Проверка приложений</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>The document's title, printed under its number</source>
            <translation>Название документа, печатается под его номером</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>&amp;Текст:</translation>
        </message>
        <message>
            <source>Paragraphs; "## " starts a heading, "- " a bullet</source>
            <translation>Абзацы; «## » начинает заголовок, «- » — пункт списка</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source>Files attached to the meeting</source>
            <translation>Файлы, прикреплённые к заседанию</translation>
        </message>
        <message>
            <source>&amp;Files kept with the meeting (the SHA-256 proves the bytes are those attached):</source>
            <translation>&amp;Файлы, хранящиеся с заседанием (SHA-256 подтверждает, что байты — те самые, что были прикреплены):</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Прикреплённые файлы</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>&amp;Прикрепить файл…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>Open a copy of the file with the system's viewer</source>
            <translation>Открыть копию файла в системной программе просмотра</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Удалить…</translation>
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
        <name>Bayon::AppendicesPage</name>
        <message>
            <source>%1-ilova — %2</source>
            <translation>Приложение %1 — %2</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(без названия)</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Предупреждение: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttachmentListModel</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>Изображение PNG</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>Изображение JPEG</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <source>Attached by %1</source>
            <translation>Прикрепил(а): %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>Прикреплено</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
    </context>
    <context>
        <name>Bayon::AttachmentsDialog</name>
        <message>
            <source>Files of meeting № %1 of %2</source>
            <translation>Файлы заседания № %1 от %2</translation>
        </message>
        <message>
            <source>This meeting is %1: files can be attached to it, but not removed until it is reopened.</source>
            <translation>Состояние заседания: %1. К нему можно прикреплять файлы, но удалять их нельзя, пока заседание не откроют заново.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Прикрепить файл</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>No temporary folder: %1</source>
            <translation>Нет временной папки: %1</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Файл не прикреплён</translation>
        </message>
        <message>
            <source>The file was not opened</source>
            <translation>Файл не открыт</translation>
        </message>
        <message>
            <source>The stored bytes of %1 no longer have the SHA-256 they were attached with.</source>
            <translation>Сохранённые байты %1 больше не соответствуют SHA-256, с которым файл был прикреплён.</translation>
        </message>
        <message>
            <source>No program to show %1 was found. A copy is in %2.</source>
            <translation>Не найдена программа для просмотра %1. Копия лежит в %2.</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>Удаление файла</translation>
        </message>
        <message>
            <source>Remove %1 from the meeting? Its bytes are deleted from the database; the history keeps a line saying so.</source>
            <translation>Удалить %1 из заседания? Его байты будут удалены из базы данных; в истории останется запись об этом.</translation>
        </message>
        <message>
            <source>The file was not removed</source>
            <translation>Файл не удалён</translation>
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
        <name>Bayon::AuditLogModel</name>
        <message>
            <source>Status changed</source>
            <translation>Состояние изменено</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Открыто заново</translation>
        </message>
        <message>
            <source>Revision restored</source>
            <translation>Редакция восстановлена</translation>
        </message>
        <message>
            <source>File attached</source>
            <translation>Файл прикреплён</translation>
        </message>
        <message>
            <source>File removed</source>
            <translation>Файл удалён</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Импортировано</translation>
        </message>
        <message>
            <source>Control hash stored: %1</source>
            <translation>Сохранён контрольный хеш: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>Note or reason</source>
            <translation>Примечание или причина</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilMemberModel</name>
        <message>
            <source>A member needs a name.</source>
            <translation>У члена должно быть имя.</translation>
        </message>
        <message>
            <source>The term of %1 ends before it begins.</source>
            <translation>Срок полномочий %1 заканчивается раньше, чем начинается.</translation>
        </message>
        <message>
            <source>dd.mm.yyyy; empty: no limit</source>
            <translation>дд.мм.гггг; пусто — без ограничения</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Printed as</source>
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
            <source>From</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Конец</translation>
        </message>
    </context>
    <context>
        <name>Bayon::CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Настройки совета</translation>
        </message>
        <message>
            <source>Store the body; its draft meetings take the template at once, final and signed ones keep theirs</source>
            <translation>Сохранить орган: его черновые заседания сразу получают шаблон, окончательные и подписанные сохраняют свой</translation>
        </message>
        <message>
            <source>New body</source>
            <translation>Новый орган</translation>
        </message>
        <message>
            <source>The body cannot be shown</source>
            <translation>Не удаётся показать орган</translation>
        </message>
        <message>
            <source>The body needs its full name, as the protocol's header prints it.</source>
            <translation>Нужно полное название органа — так, как его печатает шапка протокола.</translation>
        </message>
        <message>
            <source>The attendee-list threshold must be at least 1. To name every attendee in the text, untick the box instead.</source>
            <translation>Порог списка участников должен быть не меньше 1. Чтобы назвать всех участников в тексте, снимите флажок.</translation>
        </message>
        <message>
            <source>A fixed quorum must be at least 1 member.</source>
            <translation>Фиксированный кворум должен быть не меньше 1 члена.</translation>
        </message>
        <message numerus="yes">
            <source>The fixed quorum (%1) is more than the %n member(s) serving today: no meeting could ever reach it.</source>
            <translation>
                <numerusform>Фиксированный кворум (%1) больше, чем %n действующий член: ни одно заседание его не наберёт.</numerusform>
                <numerusform>Фиксированный кворум (%1) больше, чем %n действующих члена: ни одно заседание его не наберёт.</numerusform>
                <numerusform>Фиксированный кворум (%1) больше, чем %n действующих членов: ни одно заседание его не наберёт.</numerusform>
            </translation>
        </message>
        <message>
            <source>The approval block needs the position and name of who approves, or untick it.</source>
            <translation>Для блока утверждения нужны должность и имя утверждающего — или снимите флажок.</translation>
        </message>
        <message>
            <source>The body needs its full name.</source>
            <translation>Нужно полное название органа.</translation>
        </message>
        <message>
            <source>&amp;Preview: meeting № %1 of %2, open in the editor, with the template as edited</source>
            <translation>&amp;Просмотр: заседание № %1 от %2, открытое в редакторе, с изменённым шаблоном</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2. The meeting open in the editor is %3: it keeps the template it was finalised with.</source>
            <translation>&amp;Просмотр: следующее заседание органа, № %1 от %2. Заседание, открытое в редакторе, в состоянии «%3»: у него остаётся шаблон, с которым оно было утверждено.</translation>
        </message>
        <message>
            <source>&amp;Preview: the body's next meeting, № %1 of %2 (no agenda yet)</source>
            <translation>&amp;Просмотр: следующее заседание органа, № %1 от %2 (повестки ещё нет)</translation>
        </message>
        <message>
            <source>No member serves today: add the members above.</source>
            <translation>Сегодня нет действующих членов: добавьте членов выше.</translation>
        </message>
        <message numerus="yes">
            <source>Of the %n member(s) serving today, %1 present make a quorum.</source>
            <translation>
                <numerusform>Из %n действующего члена кворум составляют %1 присутствующих.</numerusform>
                <numerusform>Из %n действующих членов кворум составляют %1 присутствующих.</numerusform>
                <numerusform>Из %n действующих членов кворум составляют %1 присутствующих.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 пикселей</translation>
        </message>
        <message>
            <source>No emblem</source>
            <translation>Без эмблемы</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>%1 is not an image Bayon can read (%2).</source>
            <translation>%1 — не изображение, которое Bayon может прочитать (%2).</translation>
        </message>
        <message>
            <source>%1 could not be turned into PNG.</source>
            <translation>Не удалось преобразовать %1 в PNG.</translation>
        </message>
        <message>
            <source>Choose the emblem</source>
            <translation>Выберите эмблему</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The emblem was not taken</source>
            <translation>Эмблема не принята</translation>
        </message>
        <message>
            <source>Unsaved settings</source>
            <translation>Несохранённые настройки</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>%1: сохранить изменения?</translation>
        </message>
        <message>
            <source>the new body</source>
            <translation>Новый орган</translation>
        </message>
        <message>
            <source>The settings were not saved</source>
            <translation>Настройки не сохранены</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterHistoryModel</name>
        <message>
            <source>Written down %1</source>
            <translation>Записано %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кто внёс</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterModel</name>
        <message>
            <source>next meeting (%1)</source>
            <translation>следующее заседание (%1)</translation>
        </message>
        <message>
            <source>next meeting</source>
            <translation>следующее заседание</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, просрочено</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s): due %1</source>
            <translation>
                <numerusform>Просрочено на %n день: срок %1</numerusform>
                <numerusform>Просрочено на %n дня: срок %1</numerusform>
                <numerusform>Просрочено на %n дней: срок %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The resolution's number in its meeting</source>
            <translation>Номер решения в его заседании</translation>
        </message>
        <message>
            <source>The deadline; “next meeting” shows the date once that meeting exists</source>
            <translation>Срок; для «следующего заседания» дата видна, когда это заседание появится</translation>
        </message>
        <message>
            <source>Days past the deadline of a decision not yet done</source>
            <translation>Дней после срока у невыполненного решения</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Заседание</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
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
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Примечание к состоянию</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Дней просрочки</translation>
        </message>
    </context>
    <context>
        <name>Bayon::DecisionRegisterWidget</name>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;ODT (word processor)…</source>
            <translation>&amp;ODT (текстовый редактор)…</translation>
        </message>
        <message>
            <source>&amp;CSV (spreadsheet)…</source>
            <translation>&amp;CSV (электронная таблица)…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просроченные</translation>
        </message>
        <message>
            <source>All councils</source>
            <translation>Все советы</translation>
        </message>
        <message>
            <source>The register cannot be read: %1</source>
            <translation>Не удаётся прочитать реестр: %1</translation>
        </message>
        <message>
            <source>No decision selected.</source>
            <translation>Решение не выбрано.</translation>
        </message>
        <message>
            <source>Meeting № %1 of %2, resolution %3 — %4</source>
            <translation>Заседание № %1 от %2, решение %3 — %4</translation>
        </message>
        <message>
            <source>Council: %1</source>
            <translation>Совет: %1</translation>
        </message>
        <message>
            <source>Kind: %1</source>
            <translation>Вид: %1</translation>
        </message>
        <message>
            <source>Addressee: %1</source>
            <translation>Адресат: %1</translation>
        </message>
        <message>
            <source>Responsible: %1</source>
            <translation>Ответственные: %1</translation>
        </message>
        <message>
            <source>Deadline: %1</source>
            <translation>Срок: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Состояние: %1</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s).</source>
            <translation>
                <numerusform>Просрочено на %n день.</numerusform>
                <numerusform>Просрочено на %n дня.</numerusform>
                <numerusform>Просрочено на %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Примечание: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) shown</source>
            <translation>
                <numerusform>Показано %n решение</numerusform>
                <numerusform>Показано %n решения</numerusform>
                <numerusform>Показано %n решений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n overdue</source>
            <translation>
                <numerusform>, просрочено: %n</numerusform>
                <numerusform>, просрочено: %n</numerusform>
                <numerusform>, просрочено: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>The follow-up was not recorded</source>
            <translation>Исполнение не записано</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>OpenDocument text (*.odt)</source>
            <translation>Текст OpenDocument (*.odt)</translation>
        </message>
        <message>
            <source>Comma-separated values (*.csv)</source>
            <translation>Значения, разделённые запятыми (*.csv)</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Экспорт реестра</translation>
        </message>
        <message>
            <source>The register was not exported</source>
            <translation>Реестр не экспортирован</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Записано: %1</translation>
        </message>
        <message>
            <source>The register was not printed</source>
            <translation>Реестр не напечатан</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExportReviewCopyDialog</name>
        <message>
            <source>№ %1 · %2 · %3 · %4</source>
            <translation>№ %1 · %2 · %3 · %4</translation>
        </message>
        <message>
            <source>Review copy</source>
            <translation>Копия для рассмотрения</translation>
        </message>
        <message>
            <source>Bayon review copies (*.bayon)</source>
            <translation>Копии Bayon для рассмотрения (*.bayon)</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractController</name>
        <message>
            <source>No extract</source>
            <translation>Выписки нет</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>В заседании нет вопроса повестки для выписки.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Записано: %1</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>Ни в одном решении этого заседания не указан адресат.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ExtractDialog</name>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>OpenDocument text (ODT)</source>
            <translation>Текст OpenDocument (ODT)</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Веб-страница (HTML)</translation>
        </message>
        <message>
            <source>Markdown</source>
            <translation>Markdown</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Простой текст</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>Пред&amp;просмотр…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>meeting № %1 of %2</source>
            <translation>заседания № %1 от %2</translation>
        </message>
        <message>
            <source>Extract of an agenda item</source>
            <translation>Выписка по вопросу повестки</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1: the header, the agenda item under its numeral, what was heard, said and decided on it, and the secretary's certification.</source>
            <translation>«BAYONNOMADAN KOʻCHIRMA» протокола %1: шапка, вопрос повестки под своим номером, что по нему слушали, говорили и решили, и заверение секретаря.</translation>
        </message>
        <message>
            <source>&amp;Agenda item:</source>
            <translation>&amp;Вопрос повестки:</translation>
        </message>
        <message>
            <source>Extract for an addressee</source>
            <translation>Выписка для адресата</translation>
        </message>
        <message>
            <source>“BAYONNOMADAN KOʻCHIRMA” of %1 with every resolution addressed to one organisation or person, for sending out.</source>
            <translation>«BAYONNOMADAN KOʻCHIRMA» протокола %1 со всеми решениями, адресованными одной организации или лицу, — для рассылки.</translation>
        </message>
        <message>
            <source>&amp;Addressee:</source>
            <translation>&amp;Адресат:</translation>
        </message>
        <message>
            <source>Every resolution whose addressee or responsible person contains this text</source>
            <translation>Все решения, у которых адресат или ответственный содержит этот текст</translation>
        </message>
        <message>
            <source>The meeting has no agenda item to extract.</source>
            <translation>В заседании нет вопроса повестки для выписки.</translation>
        </message>
        <message>
            <source>Choose the agenda item.</source>
            <translation>Выберите вопрос повестки.</translation>
        </message>
        <message>
            <source>No resolution of this meeting names an addressee.</source>
            <translation>Ни в одном решении этого заседания не указан адресат.</translation>
        </message>
        <message>
            <source>Choose or type the addressee.</source>
            <translation>Выберите или введите адресата.</translation>
        </message>
        <message>
            <source>No resolution of this meeting is addressed to “%1”.</source>
            <translation>Ни одно решение этого заседания не адресовано «%1».</translation>
        </message>
        <message>
            <source>Save the extract</source>
            <translation>Сохранить выписку</translation>
        </message>
        <message>
            <source>The extract cannot be shown</source>
            <translation>Не удаётся показать выписку</translation>
        </message>
        <message>
            <source>The extract was not printed</source>
            <translation>Выписка не напечатана</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Выберите файл для записи.</translation>
        </message>
        <message>
            <source>The extract was not written</source>
            <translation>Выписка не записана</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Заменить файл?</translation>
        </message>
        <message>
            <source>%1 exists. Replace it with the extract?</source>
            <translation>%1 уже существует. Заменить его выпиской?</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>Латиница</translation>
        </message>
        <message>
            <source>Cyrillic</source>
            <translation>Кириллица</translation>
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
        <name>Bayon::HistoryDialog</name>
        <message>
            <source>Meeting № %1 of %2: %3, revision %4.</source>
            <translation>Заседание № %1 от %2: %3, редакция %4.</translation>
        </message>
        <message>
            <source>This meeting is %1: its text cannot be restored to an earlier revision. Reopen it for editing first (Meeting menu); it then becomes a draft again.</source>
            <translation>Состояние заседания: %1. Его текст нельзя вернуть к прежней редакции. Сначала откройте его для правки (меню «Заседание»); тогда оно снова станет черновиком.</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>текущий текст</translation>
        </message>
        <message>
            <source>revision %1</source>
            <translation>редакция %1</translation>
        </message>
        <message>
            <source>revision %1 · %2 · %3</source>
            <translation>редакция %1 · %2 · %3</translation>
        </message>
        <message>
            <source>The revision cannot be read: %1</source>
            <translation>Не удаётся прочитать редакцию: %1</translation>
        </message>
        <message>
            <source>&amp;Restore revision %1…</source>
            <translation>&amp;Восстановить редакцию %1…</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>&amp;Восстановить эту редакцию…</translation>
        </message>
        <message>
            <source>The revision cannot be restored</source>
            <translation>Не удаётся восстановить редакцию</translation>
        </message>
        <message>
            <source>Restore a revision</source>
            <translation>Восстановление редакции</translation>
        </message>
        <message>
            <source>Restore revision %1?

Its text becomes the meeting's text again and is kept as a new revision; the status, the follow-up of the decisions and the attached files stay as they are. Undo (Ctrl+Z) in the editor puts back the text from before.</source>
            <translation>Восстановить редакцию %1?

Её текст снова станет текстом заседания и сохранится как новая редакция; состояние, исполнение решений и прикреплённые файлы не изменятся. Отмена (Ctrl+Z) в редакторе вернёт прежний текст.</translation>
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
        <name>Bayon::LifecycleController</name>
        <message>
            <source>Status and control code</source>
            <translation>Состояние и контрольный код</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Прикрепить файл</translation>
        </message>
        <message>
            <source>The control code is printed in the footer of every page of the protocol: a paper copy with this code is this text.</source>
            <translation>Контрольный код печатается внизу каждой страницы протокола: бумажная копия с этим кодом — именно этот текст.</translation>
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
        <message>
            <source>The history cannot be shown</source>
            <translation>Не удаётся показать историю</translation>
        </message>
        <message>
            <source>The revision was not restored</source>
            <translation>Редакция не восстановлена</translation>
        </message>
        <message>
            <source>This meeting is %1: its protocol is read-only, and no earlier revision can be put back. Reopen it for editing first; it then becomes a draft again.</source>
            <translation>Состояние заседания: %1. Протокол доступен только для чтения, и прежнюю редакцию вернуть нельзя. Сначала откройте его для правки; тогда оно снова станет черновиком.</translation>
        </message>
        <message>
            <source>Revision %1 restored as revision %2. Undo puts back the text from before.</source>
            <translation>Редакция %1 восстановлена как редакция %2. Отмена вернёт прежний текст.</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Файл не прикреплён</translation>
        </message>
        <message>
            <source>Attached: %1 (SHA-256 %2…)</source>
            <translation>Прикреплено: %1 (SHA-256 %2…)</translation>
        </message>
        <message>
            <source>Final · control code %1</source>
            <translation>Окончательный · контрольный код %1</translation>
        </message>
        <message>
            <source>Signed on %1 · control code %2</source>
            <translation>Подписан %1 · контрольный код %2</translation>
        </message>
        <message>
            <source>Signed · control code %1</source>
            <translation>Подписан · контрольный код %1</translation>
        </message>
        <message>
            <source>The attached files cannot be shown</source>
            <translation>Не удаётся показать прикреплённые файлы</translation>
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
            <source>The bodies cannot be listed</source>
            <translation>Не удаётся получить список органов</translation>
        </message>
        <message>
            <source>The &amp;body whose meeting it is:</source>
            <translation>&amp;Орган, чьё это заседание:</translation>
        </message>
        <message>
            <source>The meeting cannot be shown again</source>
            <translation>Не удаётся снова показать заседание</translation>
        </message>
        <message>
            <source>Council settings saved.</source>
            <translation>Настройки совета сохранены.</translation>
        </message>
        <message>
            <source>read-only review copy</source>
            <translation>копия для рассмотрения, только чтение</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingEditor</name>
        <message>
            <source>This meeting is %1: its protocol is read-only. Reopen it to correct it; it becomes a draft again.</source>
            <translation>Состояние заседания: %1. Протокол доступен только для чтения. Чтобы исправить, откройте его заново: он снова станет черновиком.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed</source>
            <translation>Это копия для рассмотрения; её нельзя изменить</translation>
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
        <message>
            <source>Warning: %1</source>
            <translation>Предупреждение: %1</translation>
        </message>
        <message>
            <source>No quorum line is printed: give the body's members' count above to print one.</source>
            <translation>Строка кворума не печатается: чтобы она появилась, укажите выше число членов органа.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::MeetingSession</name>
        <message>
            <source>The meeting was changed elsewhere; choose what to do first.</source>
            <translation>Заседание изменено в другом месте; сначала выберите, что делать.</translation>
        </message>
        <message>
            <source>This is a review copy; it cannot be changed.</source>
            <translation>Это копия для рассмотрения; её нельзя изменить.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::OutputFile</name>
        <message>
            <source>No output file given.</source>
            <translation>Не указан файл для записи.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 — папка, а не файл.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Папка %1 не существует.</translation>
        </message>
        <message>
            <source>the system gave no reason</source>
            <translation>система не указала причину</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>Не удаётся записать %1: %2</translation>
        </message>
        <message>
            <source>%1 could not be written: %2; the previous file, if any, was left as it was.</source>
            <translation>%1 не записан: %2; прежний файл, если он был, остался без изменений.</translation>
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
        <name>Bayon::RemarkDialog</name>
        <message>
            <source>Remark on: %1</source>
            <translation>Замечание: %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarkListModel</name>
        <message>
            <source>The meeting</source>
            <translation>Заседание</translation>
        </message>
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
            <source>%1 (moved; was %2)</source>
            <translation>%1 (перемещено; было %2)</translation>
        </message>
        <message>
            <source>%1 (changed since)</source>
            <translation>%1 (с тех пор изменено)</translation>
        </message>
        <message>
            <source>%1 (changed since; was %2)</source>
            <translation>%1 (с тех пор изменено; было %2)</translation>
        </message>
        <message>
            <source>%1 (no longer in the meeting)</source>
            <translation>%1 (больше нет в заседании)</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыто</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>принято</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонено</translation>
        </message>
        <message>
            <source>noted</source>
            <translation>принято к сведению</translation>
        </message>
        <message>
            <source>As reviewed in revision %1:
%2</source>
            <translation>Как рассмотрено в редакции %1:
%2</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Часть</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Рецензент</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Замечание</translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Приложение %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RemarksPanel</name>
        <message>
            <source>The remark was not marked</source>
            <translation>Замечание не отмечено</translation>
        </message>
        <message>
            <source>The remark was not taken back</source>
            <translation>Замечание не отозвано</translation>
        </message>
        <message>
            <source>Choose a remark first.</source>
            <translation>Сначала выберите замечание.</translation>
        </message>
        <message>
            <source>The remarks cannot be read: %1</source>
            <translation>Не удаётся прочитать замечания: %1</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Нет открытого заседания.</translation>
        </message>
        <message numerus="yes">
            <source>Your remarks on this meeting: %n. They stay on this computer until you send them.</source>
            <translation>
                <numerusform>Ваших замечаний к этому заседанию: %n. Они хранятся на этом компьютере, пока вы их не отправите.</numerusform>
                <numerusform>Ваших замечаний к этому заседанию: %n. Они хранятся на этом компьютере, пока вы их не отправите.</numerusform>
                <numerusform>Ваших замечаний к этому заседанию: %n. Они хранятся на этом компьютере, пока вы их не отправите.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1.</source>
            <translation>Замечания можно добавлять к заседанию на рассмотрении; это заседание в состоянии «%1».</translation>
        </message>
        <message>
            <source>No remarks on this meeting. Members' remarks come in with File ▸ Import remarks…</source>
            <translation>К этому заседанию нет замечаний. Замечания членов поступают через Файл ▸ Импорт замечаний…</translation>
        </message>
        <message numerus="yes">
            <source>Remarks from members: %n, of which open: %1.</source>
            <translation>
                <numerusform>Замечаний членов: %n, из них открытых: %1.</numerusform>
                <numerusform>Замечаний членов: %n, из них открытых: %1.</numerusform>
                <numerusform>Замечаний членов: %n, из них открытых: %1.</numerusform>
            </translation>
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
        <name>Bayon::ReviewController</name>
        <message>
            <source>Remarks</source>
            <translation>Замечания</translation>
        </message>
        <message>
            <source>&amp;Remarks</source>
            <translation>&amp;Замечания</translation>
        </message>
        <message>
            <source>Export &amp;review copy…</source>
            <translation>Экспорт копии для &amp;рассмотрения…</translation>
        </message>
        <message>
            <source>One file with chosen meetings that members open read-only and send remarks from</source>
            <translation>Один файл с выбранными заседаниями: члены открывают его только для чтения и отправляют из него замечания</translation>
        </message>
        <message>
            <source>Import re&amp;marks…</source>
            <translation>Импорт за&amp;мечаний…</translation>
        </message>
        <message>
            <source>The remarks file a member sent back from a review copy</source>
            <translation>Файл замечаний, присланный членом из копии для рассмотрения</translation>
        </message>
        <message>
            <source>&amp;Send remarks…</source>
            <translation>Отправить &amp;замечания…</translation>
        </message>
        <message>
            <source>Write your remarks to a file to send to the secretary</source>
            <translation>Записать ваши замечания в файл для отправки секретарю</translation>
        </message>
        <message>
            <source>Add re&amp;mark…</source>
            <translation>Добавить за&amp;мечание…</translation>
        </message>
        <message>
            <source>review copy of %1</source>
            <translation>копия для рассмотрения: %1</translation>
        </message>
        <message>
            <source>Members write remarks in a review copy (File ▸ Export review copy…)</source>
            <translation>Члены пишут замечания в копии для рассмотрения (Файл ▸ Экспорт копии для рассмотрения…)</translation>
        </message>
        <message>
            <source>Open a meeting in review first</source>
            <translation>Сначала откройте заседание на рассмотрении</translation>
        </message>
        <message>
            <source>Remarks can be added to a meeting in review; this one is %1</source>
            <translation>Замечания можно добавлять к заседанию на рассмотрении; это заседание в состоянии «%1»</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Нет открытой базы данных.</translation>
        </message>
        <message>
            <source>Remarks are written in a review copy.</source>
            <translation>Замечания пишутся в копии для рассмотрения.</translation>
        </message>
        <message>
            <source>No meeting is open.</source>
            <translation>Нет открытого заседания.</translation>
        </message>
        <message>
            <source>Remarks are sent from a review copy.</source>
            <translation>Замечания отправляются из копии для рассмотрения.</translation>
        </message>
        <message>
            <source>Remarks are imported into the council's own database.</source>
            <translation>Замечания импортируются в собственную базу данных совета.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Не удаётся прочитать %1: %2</translation>
        </message>
        <message>
            <source>The meetings cannot be listed</source>
            <translation>Не удаётся получить список заседаний</translation>
        </message>
        <message>
            <source>The review copy was not written</source>
            <translation>Копия для рассмотрения не записана</translation>
        </message>
        <message numerus="yes">
            <source>Review copy written: %1 (%n meeting(s)).</source>
            <translation>
                <numerusform>Копия для рассмотрения записана: %1 (%n заседание).</numerusform>
                <numerusform>Копия для рассмотрения записана: %1 (%n заседания).</numerusform>
                <numerusform>Копия для рассмотрения записана: %1 (%n заседаний).</numerusform>
            </translation>
        </message>
        <message>
            <source>The remark was not added</source>
            <translation>Замечание не добавлено</translation>
        </message>
        <message>
            <source>Remark kept on this computer. File ▸ Send remarks… writes them for the secretary.</source>
            <translation>Замечание сохранено на этом компьютере. Файл ▸ Отправить замечания… запишет их для секретаря.</translation>
        </message>
        <message>
            <source>Send remarks</source>
            <translation>Отправить замечания</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json)</source>
            <translation>Замечания Bayon (*.json)</translation>
        </message>
        <message>
            <source>The remarks were not written</source>
            <translation>Замечания не записаны</translation>
        </message>
        <message>
            <source>Remarks written to %1: send this file to the secretary.</source>
            <translation>Замечания записаны в %1: отправьте этот файл секретарю.</translation>
        </message>
        <message>
            <source>Import remarks</source>
            <translation>Импорт замечаний</translation>
        </message>
        <message>
            <source>Bayon remarks (*.json);;All files (*)</source>
            <translation>Замечания Bayon (*.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The remarks were not imported</source>
            <translation>Замечания не импортированы</translation>
        </message>
        <message>
            <source>Nothing was imported from %1.

%2</source>
            <translation>Из %1 ничего не импортировано.

%2</translation>
        </message>
        <message>
            <source>Remarks from %1: %2 new, %3 already imported before.</source>
            <translation>Замечания от %1: новых — %2, импортированных ранее — %3.</translation>
        </message>
        <message>
            <source>A remark on the part selected: the meeting, an agenda item, a report, a KPI row, a resolution or an appendix</source>
            <translation>Замечание к выбранной части: заседанию, вопросу повестки, докладу, строке показателей, решению или приложению</translation>
        </message>
    </context>
    <context>
        <name>Bayon::ReviewCopyBanner</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>(no council named)</source>
            <translation>(совет не указан)</translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3.</source>
            <translation>
                <numerusform>Копия для рассмотрения (%1): %n заседание за %2, сделана %3.</numerusform>
                <numerusform>Копия для рассмотрения (%1): %n заседания за %2, сделана %3.</numerusform>
                <numerusform>Копия для рассмотрения (%1): %n заседаний за %2, сделана %3.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Review copy of %1: %n meeting(s) of %2, made on %3 by %4.</source>
            <translation>
                <numerusform>Копия для рассмотрения (%1): %n заседание за %2, сделана %3, автор: %4.</numerusform>
                <numerusform>Копия для рассмотрения (%1): %n заседания за %2, сделана %3, автор: %4.</numerusform>
                <numerusform>Копия для рассмотрения (%1): %n заседаний за %2, сделана %3, автор: %4.</numerusform>
            </translation>
        </message>
        <message>
            <source>It opens read-only: nothing in it can be changed. Remarks on a meeting in review are kept on this computer and sent with File ▸ Send remarks…</source>
            <translation>Она открывается только для чтения: в ней ничего нельзя изменить. Замечания к заседанию на рассмотрении хранятся на этом компьютере и отправляются через Файл ▸ Отправить замечания…</translation>
        </message>
        <message>
            <source>This copy was changed after it was packed: its content no longer has its seal, so what it shows may not be what the secretary sent. Ask for a new copy.</source>
            <translation>Эта копия была изменена после упаковки: её содержимое больше не соответствует печати, поэтому она может показывать не то, что отправил секретарь. Запросите новую копию.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::RevisionListModel</name>
        <message>
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message numerus="yes">
            <source>Autosaved (%n saves)</source>
            <translation>
                <numerusform>Автосохранение (%n раз)</numerusform>
                <numerusform>Автосохранение (%n раза)</numerusform>
                <numerusform>Автосохранение (%n раз)</numerusform>
            </translation>
        </message>
        <message>
            <source>Autosaved</source>
            <translation>Автосохранение</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Состояние изменено</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Открыто заново</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <source>Autosaves from %1 to %2</source>
            <translation>Автосохранения с %1 до %2</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
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
        <message>
            <source>Appendix %1</source>
            <translation>Приложение %1</translation>
        </message>
    </context>
    <context>
        <name>Bayon::SignDialog</name>
        <message>
            <source>Meeting № %1 of %2 is final. Record that its paper copy has been signed: the protocol stays read-only, and the control code on its pages still matches it.</source>
            <translation>Заседание № %1 от %2 окончательное. Отметьте, что его бумажная копия подписана: протокол останется только для чтения, а контрольный код на его страницах по-прежнему ему соответствует.</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Подписать</translation>
        </message>
        <message>
            <source>The scan of the signed copy</source>
            <translation>Скан подписанной копии</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>Сканы (*.pdf *.png *.jpg *.jpeg);;Все файлы (*)</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Файла %1 нет.</translation>
        </message>
    </context>
    <context>
        <name>Bayon::VoteEditor</name>
        <message>
            <source>No vote recorded</source>
            <translation>Голосование не записано</translation>
        </message>
        <message>
            <source>Counts (Rozi, Qarshi, Betaraf)</source>
            <translation>Число голосов (Rozi, Qarshi, Betaraf)</translation>
        </message>
        <message>
            <source>Unanimously (bir ovozdan)</source>
            <translation>Единогласно (bir ovozdan)</translation>
        </message>
        <message>
            <source>Roll call (nomma-nom)</source>
            <translation>Поимённо (nomma-nom)</translation>
        </message>
        <message>
            <source>For (Rozi)</source>
            <translation>За (Rozi)</translation>
        </message>
        <message>
            <source>Against (Qarshi)</source>
            <translation>Против (Qarshi)</translation>
        </message>
        <message>
            <source>Abstained (Betaraf)</source>
            <translation>Воздержался (Betaraf)</translation>
        </message>
        <message>
            <source>&amp;Vote:</source>
            <translation>&amp;Голосование:</translation>
        </message>
        <message>
            <source>How the members voted</source>
            <translation>Как голосовали члены</translation>
        </message>
        <message>
            <source>R&amp;ozi (for):</source>
            <translation>&amp;За (Rozi):</translation>
        </message>
        <message>
            <source>&amp;Qarshi (against):</source>
            <translation>&amp;Против (Qarshi):</translation>
        </message>
        <message>
            <source>Betara&amp;f (abstained):</source>
            <translation>Возд&amp;ержались (Betaraf):</translation>
        </message>
        <message>
            <source>Dissenting o&amp;pinions:</source>
            <translation>&amp;Особые мнения:</translation>
        </message>
        <message>
            <source>Alohida fikr, as printed under the vote</source>
            <translation>Alohida fikr — как печатается под итогами голосования</translation>
        </message>
        <message>
            <source>Member present</source>
            <translation>Присутствующий член</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Dissenting opinion (alohida fikr)</source>
            <translation>Особое мнение (alohida fikr)</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Поимённое голосование</translation>
        </message>
        <message>
            <source>Vote check</source>
            <translation>Проверка голосования</translation>
        </message>
        <message>
            <source>— (did not vote)</source>
            <translation>— (не голосовал)</translation>
        </message>
        <message>
            <source>Vote of %1</source>
            <translation>Голос: %1</translation>
        </message>
        <message>
            <source>Dissenting opinion of %1</source>
            <translation>Особое мнение: %1</translation>
        </message>
        <message>
            <source>Vote as printed</source>
            <translation>Голосование, как в печати</translation>
        </message>
        <message>
            <source>As the protocol prints the vote</source>
            <translation>Так протокол печатает итоги голосования</translation>
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
        <name>ChangeAppendixCommand</name>
        <message>
            <source>Change appendix title</source>
            <translation>Изменить название приложения</translation>
        </message>
        <message>
            <source>Change appendix text</source>
            <translation>Изменить текст приложения</translation>
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
        <message>
            <source>Change protocol form</source>
            <translation>Изменить форму протокола</translation>
        </message>
        <message>
            <source>Change end time</source>
            <translation>Изменить время окончания</translation>
        </message>
        <message>
            <source>Change who convened the meeting</source>
            <translation>Изменить, кто созвал заседание</translation>
        </message>
        <message>
            <source>Change basis</source>
            <translation>Изменить основание</translation>
        </message>
        <message>
            <source>Change notification</source>
            <translation>Изменить уведомление</translation>
        </message>
        <message>
            <source>Change members' count</source>
            <translation>Изменить число членов</translation>
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
        <name>ChangeVoteCommand</name>
        <message>
            <source>Change vote on resolution</source>
            <translation>Изменить голосование по решению</translation>
        </message>
        <message>
            <source>Change vote on agenda item</source>
            <translation>Изменить голосование по вопросу повестки</translation>
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
        <name>CouncilSettingsDialog</name>
        <message>
            <source>Council settings</source>
            <translation>Настройки совета</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Орган:</translation>
        </message>
        <message>
            <source>The body whose settings are shown; each has its own members, template and numbering</source>
            <translation>Орган, настройки которого показаны; у каждого свои члены, шаблон и нумерация</translation>
        </message>
        <message>
            <source>Add bo&amp;dy</source>
            <translation>&amp;Добавить орган</translation>
        </message>
        <message>
            <source>A new body (a commission, a board) with the usual template</source>
            <translation>Новый орган (комиссия, правление) с обычным шаблоном</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Орган</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Полное название:</translation>
        </message>
        <message>
            <source>As the protocol's header prints it</source>
            <translation>Как в шапке протокола</translation>
        </message>
        <message>
            <source>O&amp;rganisation:</source>
            <translation>Ор&amp;ганизация:</translation>
        </message>
        <message>
            <source>The ministry, company or university it belongs to</source>
            <translation>Министерство, компания или университет, к которому он относится</translation>
        </message>
        <message>
            <source>Sh&amp;ort name:</source>
            <translation>&amp;Краткое название:</translation>
        </message>
        <message>
            <source>For lists: “Jamoatchilik kengashi”</source>
            <translation>Для списков: «Jamoatchilik kengashi»</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>Го&amp;род:</translation>
        </message>
        <message>
            <source>The place a new meeting takes: “Toshkent shahri”</source>
            <translation>Место, которое получает новое заседание: «Toshkent shahri»</translation>
        </message>
        <message>
            <source>Defa&amp;ult form:</source>
            <translation>&amp;Форма по умолчанию:</translation>
        </message>
        <message>
            <source>The form a new meeting of this body is printed in; each meeting can choose another</source>
            <translation>Форма, в которой печатается новое заседание этого органа; каждое заседание может выбрать другую</translation>
        </message>
        <message>
            <source>&amp;Emblem:</source>
            <translation>&amp;Эмблема:</translation>
        </message>
        <message>
            <source>Emblem image</source>
            <translation>Изображение эмблемы</translation>
        </message>
        <message>
            <source>C&amp;hoose image…</source>
            <translation>&amp;Выбрать изображение…</translation>
        </message>
        <message>
            <source>A PNG or JPEG image printed at the top of the first page</source>
            <translation>Изображение PNG или JPEG, печатаемое вверху первой страницы</translation>
        </message>
        <message>
            <source>Remo&amp;ve image</source>
            <translation>&amp;Убрать изображение</translation>
        </message>
        <message>
            <source>Members and quorum</source>
            <translation>Члены и кворум</translation>
        </message>
        <message>
            <source>Add &amp;member:</source>
            <translation>Добавить &amp;члена:</translation>
        </message>
        <message>
            <source>Type a name: the directory completes it</source>
            <translation>Введите имя: справочник его дополнит</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Remove the selected member (Delete)</source>
            <translation>Удалить выбранного члена (Delete)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Члены</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Кворум</translation>
        </message>
        <message>
            <source>&amp;Quorum:</source>
            <translation>&amp;Кворум:</translation>
        </message>
        <message>
            <source>Fi&amp;xed number:</source>
            <translation>&amp;Фиксированное число:</translation>
        </message>
        <message>
            <source>How many members present the charter asks for</source>
            <translation>Сколько присутствующих членов требует устав</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <source>&amp;Title line:</source>
            <translation>&amp;Строка заголовка:</translation>
        </message>
        <message>
            <source>Resolution &amp;formula:</source>
            <translation>Ф&amp;ормула решения:</translation>
        </message>
        <message>
            <source>&amp;Chair signs as:</source>
            <translation>&amp;Подпись председателя:</translation>
        </message>
        <message>
            <source>Secretar&amp;y signs as:</source>
            <translation>Подпись с&amp;екретаря:</translation>
        </message>
        <message>
            <source>Members &amp;label:</source>
            <translation>&amp;Название членов:</translation>
        </message>
        <message>
            <source>How the quorum line names the members: “Kengash aʼzolari — 15 nafar”</source>
            <translation>Как строка кворума называет членов: «Kengash aʼzolari — 15 nafar»</translation>
        </message>
        <message>
            <source>&amp;Numbering:</source>
            <translation>Ну&amp;мерация:</translation>
        </message>
        <message>
            <source>How the protocol's number is printed; numbers start again each year</source>
            <translation>Как печатается номер протокола; нумерация начинается заново каждый год</translation>
        </message>
        <message>
            <source>Res&amp;olutions numbered:</source>
            <translation>Нумерация р&amp;ешений:</translation>
        </message>
        <message>
            <source>In the full form: per agenda item or throughout the protocol</source>
            <translation>В полной форме: по вопросам повестки или сквозная по протоколу</translation>
        </message>
        <message>
            <source>List the attendees as an appendix &amp;when there are more than</source>
            <translation>Перечислять участников в приложении, &amp;если их больше, чем</translation>
        </message>
        <message>
            <source>Attendee-list threshold</source>
            <translation>Порог списка участников</translation>
        </message>
        <message>
            <source>Up to this many attendees are named in the text; more are counted and listed in “1-ilova”</source>
            <translation>Столько участников перечисляется в тексте; если больше — указывается их число, а список идёт в «1-ilova»</translation>
        </message>
        <message>
            <source>Print “M.Oʻ.” for the s&amp;eal beside the signatures</source>
            <translation>Печатать «M.Oʻ.» для &amp;печати рядом с подписями</translation>
        </message>
        <message>
            <source>Appro&amp;val block “TASDIQLAYMAN” at the top right</source>
            <translation>Блок &amp;утверждения «TASDIQLAYMAN» вверху справа</translation>
        </message>
        <message>
            <source>Posit&amp;ion:</source>
            <translation>Дол&amp;жность:</translation>
        </message>
        <message>
            <source>Who approves: “Kuzatuv kengashi raisi”</source>
            <translation>Кто утверждает: «Kuzatuv kengashi raisi»</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>“B.Rahimov”</source>
            <translation>«B.Rahimov»</translation>
        </message>
        <message>
            <source>A date line “«____» __________ 20__-yil” is printed under the name. Write “ / ” where the position should break into a new line.</source>
            <translation>Под именем печатается строка даты «____» __________ 20__-yil. Напишите « / » там, где должность переносится на новую строку.</translation>
        </message>
    </context>
    <context>
        <name>DecisionRegisterWidget</name>
        <message>
            <source>Decisions register</source>
            <translation>Реестр решений</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Состояние:</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Ответственный:</translation>
        </message>
        <message>
            <source>Part of a responsible person's name</source>
            <translation>Часть имени ответственного</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>Сов&amp;ет:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <source>Only meetings on or after this day</source>
            <translation>Только заседания с этого дня</translation>
        </message>
        <message>
            <source>Meetings from</source>
            <translation>Заседания с</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;по:</translation>
        </message>
        <message>
            <source>Only meetings on or before this day</source>
            <translation>Только заседания по этот день</translation>
        </message>
        <message>
            <source>Meetings to</source>
            <translation>Заседания по</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>С&amp;лова:</translation>
        </message>
        <message>
            <source>Words of the meeting, as “Find in all meetings” finds them</source>
            <translation>Слова заседания — так, как их находит «Поиск по всем заседаниям»</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Сбросить &amp;фильтры</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Решения</translation>
        </message>
        <message>
            <source>Full te&amp;xt:</source>
            <translation>Полный &amp;текст:</translation>
        </message>
        <message>
            <source>&amp;Open in the editor</source>
            <translation>Открыть в &amp;редакторе</translation>
        </message>
        <message>
            <source>Open the meeting at this resolution (Enter, double-click)</source>
            <translation>Открыть заседание на этом решении (Enter, двойной щелчок)</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Исполнение</translation>
        </message>
        <message>
            <source>New stat&amp;us:</source>
            <translation>Новое с&amp;остояние:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Примечание:</translation>
        </message>
        <message>
            <source>What was done, or why not</source>
            <translation>Что сделано или почему нет</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Записать</translation>
        </message>
        <message>
            <source>Keep this step in the decision's follow-up history (allowed on signed meetings)</source>
            <translation>Сохранить этот шаг в истории исполнения решения (можно и для подписанных заседаний)</translation>
        </message>
        <message>
            <source>&amp;History of the follow-up:</source>
            <translation>&amp;История исполнения:</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Пред&amp;просмотр…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Печат&amp;ь…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Экспорт</translation>
        </message>
        <message>
            <source>Write the decisions shown, in the order shown, as PDF, ODT or CSV</source>
            <translation>Записать показанные решения в показанном порядке в PDF, ODT или CSV</translation>
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
        <message>
            <source>Full form</source>
            <translation>Полная форма</translation>
        </message>
        <message>
            <source>Short form</source>
            <translation>Краткая форма</translation>
        </message>
        <message>
            <source>Narrative form</source>
            <translation>Повествовательная форма</translation>
        </message>
        <message>
            <source>More than half of the members</source>
            <translation>Больше половины членов</translation>
        </message>
        <message>
            <source>Two thirds of the members</source>
            <translation>Две трети членов</translation>
        </message>
        <message>
            <source>A fixed number of members</source>
            <translation>Фиксированное число членов</translation>
        </message>
        <message>
            <source>Per agenda item (1.1, 1.2, 2.1)</source>
            <translation>По вопросам повестки (1.1, 1.2, 2.1)</translation>
        </message>
        <message>
            <source>Continuous (1, 2, 3)</source>
            <translation>Сквозная (1, 2, 3)</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Председатель</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Секретарь</translation>
        </message>
    </context>
    <context>
        <name>ExportReviewCopyDialog</name>
        <message>
            <source>Export a review copy</source>
            <translation>Экспорт копии для рассмотрения</translation>
        </message>
        <message>
            <source>A review copy is one file with the chosen meetings that members open read-only on their own computers, with no network, and send their remarks back from.</source>
            <translation>Копия для рассмотрения — это один файл с выбранными заседаниями: члены открывают его на своих компьютерах только для чтения, без сети, и отправляют из него свои замечания.</translation>
        </message>
        <message>
            <source>&amp;These meetings:</source>
            <translation>&amp;Эти заседания:</translation>
        </message>
        <message>
            <source>Meetings to put in the copy</source>
            <translation>Заседания, которые войдут в копию</translation>
        </message>
        <message>
            <source>Every meeting of a &amp;period with these statuses:</source>
            <translation>Все заседания &amp;периода с этими состояниями:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>П&amp;о:</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>О&amp;бзор…</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <source>Extract of the protocol</source>
            <translation>Выписка из протокола</translation>
        </message>
        <message>
            <source>Extract &amp;date:</source>
            <translation>&amp;Дата выписки:</translation>
        </message>
        <message>
            <source>The date the secretary certifies the extract as a true copy</source>
            <translation>Дата, которой секретарь заверяет выписку как верную копию</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>Фор&amp;мат:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>О&amp;бзор…</translation>
        </message>
        <message>
            <source>&amp;Script:</source>
            <translation>Алфави&amp;т:</translation>
        </message>
        <message>
            <source>The script the extract is written in: the meeting stays in Latin, the extract is transliterated</source>
            <translation>Алфавит, которым пишется выписка: заседание остаётся на латинице, выписка транслитерируется</translation>
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
        <name>HistoryDialog</name>
        <message>
            <source>History of the meeting</source>
            <translation>История заседания</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Re&amp;visions</source>
            <translation>&amp;Редакции</translation>
        </message>
        <message>
            <source>&amp;Kept revisions, newest first (select one to compare it with the current text, or two to compare them):</source>
            <translation>&amp;Сохранённые редакции, новые сверху (выберите одну, чтобы сравнить с текущим текстом, или две, чтобы сравнить их между собой):</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Редакции</translation>
        </message>
        <message>
            <source>&amp;Restore this revision…</source>
            <translation>&amp;Восстановить эту редакцию…</translation>
        </message>
        <message>
            <source>Put the text of the selected revision back, as a new revision; Undo in the editor takes it back</source>
            <translation>Вернуть текст выбранной редакции как новую редакцию; отмена в редакторе возвращает прежний</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Ср&amp;авнить:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;с:</translation>
        </message>
        <message>
            <source>C&amp;hanges:</source>
            <translation>&amp;Изменения:</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>Status &amp;log</source>
            <translation>&amp;Журнал состояний</translation>
        </message>
        <message>
            <source>&amp;Entries, newest first: changes of status, reopenings with their reasons, restores, files attached and removed:</source>
            <translation>&amp;Записи, новые сверху: смены состояния, повторные открытия с причинами, восстановления, прикреплённые и удалённые файлы:</translation>
        </message>
        <message>
            <source>Status log</source>
            <translation>Журнал состояний</translation>
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
        <message>
            <source>A new draft of a body, with its members, chair, secretary and next number</source>
            <translation>Новый черновик органа с его членами, председателем, секретарём и следующим номером</translation>
        </message>
        <message>
            <source>E&amp;xtract of this item…</source>
            <translation>Выпи&amp;ска по этому вопросу…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of the agenda item selected on the Agenda page, to certify and send</source>
            <translation>«Bayonnomadan koʻchirma» по вопросу, выбранному на странице повестки, — для заверения и отправки</translation>
        </message>
        <message>
            <source>Extract for addre&amp;ssee…</source>
            <translation>Выписка для &amp;адресата…</translation>
        </message>
        <message>
            <source>“Bayonnomadan koʻchirma” of every resolution addressed to one organisation or person</source>
            <translation>«Bayonnomadan koʻchirma» со всеми решениями, адресованными одной организации или лицу</translation>
        </message>
        <message>
            <source>Co&amp;uncil settings…</source>
            <translation>Настройки сов&amp;ета…</translation>
        </message>
        <message>
            <source>The bodies whose meetings this database keeps: names, members, quorum and the protocol template</source>
            <translation>Органы, чьи заседания хранит эта база: названия, члены, кворум и шаблон протокола</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;История…</translation>
        </message>
        <message>
            <source>The kept revisions and the status log of this meeting; compare and restore revisions</source>
            <translation>Сохранённые редакции и журнал состояний этого заседания; сравнение и восстановление редакций</translation>
        </message>
        <message>
            <source>&amp;Attach file…</source>
            <translation>П&amp;рикрепить файл…</translation>
        </message>
        <message>
            <source>Keep a file with this meeting: the scan of its signed copy (PDF, PNG or JPEG)</source>
            <translation>Хранить файл с этим заседанием: скан подписанной копии (PDF, PNG или JPEG)</translation>
        </message>
        <message>
            <source>Attached &amp;files…</source>
            <translation>Прикреплённые &amp;файлы…</translation>
        </message>
        <message>
            <source>The files kept with this meeting: open, check or remove them</source>
            <translation>Файлы, хранящиеся с этим заседанием: открыть, проверить или удалить</translation>
        </message>
        <message>
            <source>&amp;Decisions register…</source>
            <translation>&amp;Реестр решений…</translation>
        </message>
        <message>
            <source>Every resolution of every meeting with its follow-up</source>
            <translation>Все решения всех заседаний с их исполнением</translation>
        </message>
    </context>
    <context>
        <name>MeetingDiffHtml</name>
        <message>
            <source>Meeting</source>
            <translation>Заседание</translation>
        </message>
        <message>
            <source>chair: %1</source>
            <translation>председатель: %1</translation>
        </message>
        <message>
            <source>secretary: %1</source>
            <translation>секретарь: %1</translation>
        </message>
        <message>
            <source>caption of table %1</source>
            <translation>заголовок таблицы %1</translation>
        </message>
        <message>
            <source>sub-point %1</source>
            <translation>подпункт %1</translation>
        </message>
        <message>
            <source>participant %1</source>
            <translation>участник %1</translation>
        </message>
        <message>
            <source>council</source>
            <translation>совет</translation>
        </message>
        <message>
            <source>number</source>
            <translation>номер</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>время начала</translation>
        </message>
        <message>
            <source>place</source>
            <translation>место</translation>
        </message>
        <message>
            <source>form</source>
            <translation>форма</translation>
        </message>
        <message>
            <source>status</source>
            <translation>состояние</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>short name</source>
            <translation>как в печати</translation>
        </message>
        <message>
            <source>position</source>
            <translation>должность</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>role</source>
            <translation>роль</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>присутствие</translation>
        </message>
        <message>
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>discussion</source>
            <translation>обсуждение</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>докладчик</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>вводная фраза</translation>
        </message>
        <message>
            <source>text of the report</source>
            <translation>текст доклада</translation>
        </message>
        <message>
            <source>indicator</source>
            <translation>показатель</translation>
        </message>
        <message>
            <source>value</source>
            <translation>значение</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>единица измерения</translation>
        </message>
        <message>
            <source>period</source>
            <translation>период</translation>
        </message>
        <message>
            <source>change</source>
            <translation>изменение</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>вид</translation>
        </message>
        <message>
            <source>addressee</source>
            <translation>адресат</translation>
        </message>
        <message>
            <source>responsible</source>
            <translation>ответственные</translation>
        </message>
        <message>
            <source>deadline</source>
            <translation>срок</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>вопрос повестки</translation>
        </message>
        <message>
            <source>follow-up status</source>
            <translation>состояние исполнения</translation>
        </message>
        <message>
            <source>status note</source>
            <translation>примечание к состоянию</translation>
        </message>
        <message>
            <source>%1: moved (was %2)</source>
            <translation>%1: перемещено (было %2)</translation>
        </message>
        <message>
            <source>%1: added</source>
            <translation>%1: добавлено</translation>
        </message>
        <message>
            <source>%1: removed</source>
            <translation>%1: удалено</translation>
        </message>
        <message>
            <source>%1: %2 added</source>
            <translation>%1: %2 — добавлено</translation>
        </message>
        <message>
            <source>%1: %2 removed</source>
            <translation>%1: %2 — удалено</translation>
        </message>
        <message>
            <source>%1: %2 changed</source>
            <translation>%1: %2 — изменено</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>Различий нет: оба текста одинаковы.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s). Added words are underlined (green), removed words struck through (red).</source>
            <translation>
                <numerusform>%n изменение. Добавленные слова подчёркнуты (зелёным), удалённые зачёркнуты (красным).</numerusform>
                <numerusform>%n изменения. Добавленные слова подчёркнуты (зелёным), удалённые зачёркнуты (красным).</numerusform>
                <numerusform>%n изменений. Добавленные слова подчёркнуты (зелёным), удалённые зачёркнуты (красным).</numerusform>
            </translation>
        </message>
        <message>
            <source>Appendix %1</source>
            <translation>Приложение %1</translation>
        </message>
        <message>
            <source>template: %1</source>
            <translation>шаблон: %1</translation>
        </message>
        <message>
            <source>roll call %1</source>
            <translation>поимённое голосование, строка %1</translation>
        </message>
        <message>
            <source>dissenting opinion %1</source>
            <translation>особое мнение %1</translation>
        </message>
        <message>
            <source>end time</source>
            <translation>время окончания</translation>
        </message>
        <message>
            <source>protocol form</source>
            <translation>форма протокола</translation>
        </message>
        <message>
            <source>convened by</source>
            <translation>кто созвал</translation>
        </message>
        <message>
            <source>basis</source>
            <translation>основание</translation>
        </message>
        <message>
            <source>notification</source>
            <translation>уведомление</translation>
        </message>
        <message>
            <source>number of members</source>
            <translation>число членов</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>голосование</translation>
        </message>
        <message>
            <source>dissenting opinions</source>
            <translation>особые мнения</translation>
        </message>
        <message>
            <source>title line</source>
            <translation>строка заголовка</translation>
        </message>
        <message>
            <source>resolution formula</source>
            <translation>формула решения</translation>
        </message>
        <message>
            <source>chair's title</source>
            <translation>звание председателя</translation>
        </message>
        <message>
            <source>secretary's title</source>
            <translation>звание секретаря</translation>
        </message>
        <message>
            <source>members label</source>
            <translation>название членов</translation>
        </message>
        <message>
            <source>approval block</source>
            <translation>гриф утверждения</translation>
        </message>
        <message>
            <source>approver's position</source>
            <translation>должность утверждающего</translation>
        </message>
        <message>
            <source>approver's name</source>
            <translation>имя утверждающего</translation>
        </message>
        <message>
            <source>seal mark</source>
            <translation>место печати</translation>
        </message>
        <message>
            <source>attendee list threshold</source>
            <translation>порог списка участников</translation>
        </message>
        <message>
            <source>numbering</source>
            <translation>нумерация</translation>
        </message>
        <message>
            <source>resolution numbering</source>
            <translation>нумерация решений</translation>
        </message>
        <message>
            <source>quorum</source>
            <translation>кворум</translation>
        </message>
        <message>
            <source>quorum count</source>
            <translation>число для кворума</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>for %1, against %2, abstained %3</source>
            <translation>за %1, против %2, воздержались %3</translation>
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
        <message>
            <source>&amp;4 Appendices</source>
            <translation>&amp;4 Приложения</translation>
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
        <message>
            <source>Pri&amp;nted as:</source>
            <translation>Форма п&amp;ротокола:</translation>
        </message>
        <message>
            <source>The form the protocol is printed in; switching it changes nothing else in the meeting</source>
            <translation>Форма, в которой печатается протокол; её смена больше ничего в заседании не меняет</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Время начала</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>д&amp;о</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>Время окончания</translation>
        </message>
        <message>
            <source>When the meeting ended; printed with the start time when both are given</source>
            <translation>Когда заседание закончилось; печатается вместе со временем начала, если указаны оба</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Открытие</translation>
        </message>
        <message>
            <source>Con&amp;vened by:</source>
            <translation>Со&amp;звал:</translation>
        </message>
        <message>
            <source>Who convened the meeting</source>
            <translation>Кто созвал заседание</translation>
        </message>
        <message>
            <source>&amp;Members:</source>
            <translation>Ч&amp;исло членов:</translation>
        </message>
        <message>
            <source>The body's members on the day of the meeting, for the quorum</source>
            <translation>Число членов органа на день заседания — для кворума</translation>
        </message>
        <message>
            <source>count the attendance</source>
            <translation>по списку участников</translation>
        </message>
        <message>
            <source>&amp;Basis:</source>
            <translation>Основ&amp;ание:</translation>
        </message>
        <message>
            <source>A law's article, the charter</source>
            <translation>Статья закона, устав</translation>
        </message>
        <message>
            <source>Not&amp;ified:</source>
            <translation>Уведом&amp;лены:</translation>
        </message>
        <message>
            <source>How and when the members were notified; printed as an appendix</source>
            <translation>Как и когда члены были уведомлены; печатается как приложение</translation>
        </message>
        <message>
            <source>The notice sent to the members (printed as an appendix)</source>
            <translation>Уведомление, отправленное членам (печатается как приложение)</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Кворум</translation>
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
        <message>
            <source>%1 is in the roll call but is not a member of the body in this meeting's attendance: only members vote. Add them to the attendance as a member, or take them out of the roll call.</source>
            <translation>%1 есть в поимённом голосовании, но среди участников этого заседания не значится членом органа: голосуют только члены. Добавьте его в участники как члена или уберите из поимённого голосования.</translation>
        </message>
        <message>
            <source>%1 is in the roll call but is marked as not present: an absent member cannot vote. Correct the attendance or the roll call.</source>
            <translation>%1 есть в поимённом голосовании, но отмечен как отсутствующий: отсутствующий член не может голосовать. Исправьте список участников или поимённое голосование.</translation>
        </message>
        <message>
            <source>There is no quorum: %1 of %2 members are present, at least %3 are needed. The meeting cannot decide; the protocol says “Kvorum mavjud emas”.</source>
            <translation>Кворума нет: присутствуют %1 из %2 членов, а нужно не меньше %3. Заседание не может принимать решения; в протоколе пишется «Kvorum mavjud emas».</translation>
        </message>
        <message>
            <source>An attached document needs its title.</source>
            <translation>У приложенного документа должно быть название.</translation>
        </message>
        <message>
            <source>The text says “(ilova qilinadi)” %1 time(s) but %2 document(s) are attached: attach the missing ones, or the appendix will be on paper only.</source>
            <translation>В тексте «(ilova qilinadi)» встречается %1 раз(а), а приложено документов: %2. Приложите недостающие, иначе приложение будет только на бумаге.</translation>
        </message>
        <message>
            <source>%1 document(s) are attached but the text mentions only %2 with “(ilova qilinadi)”: the others are printed after them, mentioned nowhere.</source>
            <translation>Приложено документов: %1, но в тексте с «(ilova qilinadi)» упомянуто только %2: остальные печатаются после них и нигде не упоминаются.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but names no one responsible.</source>
            <translation>Решение %1 подлежит контролю, но ответственный не указан.</translation>
        </message>
        <message>
            <source>Resolution %1 is to be followed up but has no deadline.</source>
            <translation>Решение %1 подлежит контролю, но срок не указан.</translation>
        </message>
        <message>
            <source>Agenda item %1 has no speaker: add the report that was heard on it.</source>
            <translation>В пункте повестки %1 нет докладчика: добавьте заслушанный по нему доклад.</translation>
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
        <name>MoveAppendixCommand</name>
        <message>
            <source>Move appendix</source>
            <translation>Переместить приложение</translation>
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
        <name>ProtocolPrinting</name>
        <message>
            <source>Print preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестный</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Папка</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>Ярлык</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Выделить всё</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Шаг вв&amp;ерх</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Шаг вн&amp;из</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>Задание</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Управление</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Отложенная печать:</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Платёжная информация:</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Приоритет:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Гриф</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>В конце:</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>В начале:</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Напечатать сейчас</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Отложить</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Днём (с 6:00 по 17:59)</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Ночью (с 18:00 по 5:59)</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Во вторую смену (с 16:00 по 23:59)</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>В третью смену (с 0:00 по 7:59)</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>В выходные (суббота и воскресенье)</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>В определённое время</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Стандартная</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Без ограничения доступа</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Секретно</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>С ограничением доступа</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Совершенно секретно</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Особой важности</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Перейти к:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Вперёд</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Родительский каталог</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Перейти в родительский каталог</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Создать папку</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Создать новую папку</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Переключить в режим списка</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Подробный вид</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Переключить в подробный режим</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Боковая панель</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Места и закладки</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Файлы</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Типы файлов:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Найти каталог</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Выбрать</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Имя файла:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Каталог:</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Показать ск&amp;рытые файлы</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Новая папка</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Новая папка</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Каталоги</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Недавние документы</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Действительно удалить «%1»?</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>«%1» защищён от записи.
Действительно удалить?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Не удалось удалить каталог.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Дата изменения</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Компьютер</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>От&amp;мена</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Закрыть</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Закрыть без сохранения</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Показать подробности...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Скрыть подробности...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Бумага</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Размер страницы:</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Ширина:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Высота:</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Источник бумаги:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Ориентация</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Перевёрнутая альбомная</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Перевёрнутая книжная</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>верхнее поле</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>левое поле</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>правое поле</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>нижнее поле</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Размещение страниц</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Порядок страниц:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Страниц на листе:</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Миллиметры (мм)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Дюймы (дм)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Пункты (пт)</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Пика (P̸)</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Дидо (DD)</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Цицеро (CC)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Особый</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сохранить все</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Да</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Да для &amp;всех</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Нет</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;ет для всех</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прервать</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Отклонить</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>По умолчанию</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Печать</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Параметры &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Параметры &lt;&lt;</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Печать в файл (PDF)</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Локальный файл</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Запись файла PDF</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Печать в файл ...</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Все страницы</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Нечётные</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Чётные</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 ― это каталог.
Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>%1 недоступен для записи.
Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 уже существует.
Заменить его?</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Параметры «Страниц на листе» и «Список страниц» не могут использоваться одновременно.
Отключите один из них.</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 имеет некорректный синтаксис. Используйте «,» для разделения страниц и диапазонов, а «-» — для определения диапазонов. Пересекающиеся диапазоны недопустимы.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Неверное определение страницы</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Противоречия в настройках двусторонней печати</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в настройках двусторонней печати. Устранить?</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Слева направо, сверху вниз</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Слева направо, снизу вверх</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Справа налево, снизу вверх</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Справа налево, сверху вниз</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Снизу вверх, слева направо</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Снизу вверх, справа налево</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Сверху вниз, слева направо</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Сверху вниз, справа налево</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Просмотр печати</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Следующая страница</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Предыдущая страница</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Первая страница</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Последняя страница</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>На всю страницу</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Книжная</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Альбомная</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Показать одну страницу</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Показать титульные страницы</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Показать обзор всех страниц</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Параметры страницы</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Параметры страницы</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>Свойства принтера</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Параметры задания</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Противоречия в настройках страницы</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в настройках страницы. Устранить?</translation>
        </message>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Противоречия расширенных настроек</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Обнаружены противоречия в некоторых расширенных настройках. Устранить?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Page</source>
            <translation>Страница</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Расширенные</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Обнаружены противоречия в некоторых настройках. Устраните их.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Копии</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Диапазон печати</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Страницы с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Укажите страницы или диапазоны, разделяя их запятыми. Диапазоны задаются двумя числами, разделёнными дефисом. Например: при указании 3,5-7,9 будут напечатаны страницы 3, 5, 6, 7 и 9.</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Текущая страница</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Выделенный фрагмент</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Список страниц:</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Настройки вывода</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Количество копий:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Разобрать по копиям</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Обратный порядок</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Режим цвета</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Цвет</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Оттенки серого</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Двусторонняя печать</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Отключена</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Переплёт по длинной стороне</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Переплёт по короткой стороне</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Принтер</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>С&amp;войства</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Расположение:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Вывод в &amp;файл:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Прокрутить сюда</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>К левой границе</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>К правой границе</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>На страницу влево</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>На страницу вверх</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>На страницу вправо</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>На страницу вниз</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Прокрутить влево</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Прокрутить вверх</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Прокрутить вправо</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Прокрутить вниз</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить действие</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить действие</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Вырезать</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Скопировать &amp;адрес ссылки</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>В&amp;ставить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Выделить всё</translation>
        </message>
    </context>
    <context>
        <name>Remark</name>
        <message>
            <source>Meeting %1 is %2: remarks are written on a protocol in review.</source>
            <translation>Заседание %1 в состоянии «%2»: замечания пишут к протоколу на рассмотрении.</translation>
        </message>
        <message>
            <source>The remark has no text.</source>
            <translation>В замечании нет текста.</translation>
        </message>
        <message>
            <source>The remark has no reviewer's name.</source>
            <translation>В замечании нет имени рецензента.</translation>
        </message>
    </context>
    <context>
        <name>RemarkDialog</name>
        <message>
            <source>Add a remark</source>
            <translation>Добавить замечание</translation>
        </message>
        <message>
            <source>&amp;Remark:</source>
            <translation>&amp;Замечание:</translation>
        </message>
        <message>
            <source>What should change in this part, and why</source>
            <translation>Что следует изменить в этой части и почему</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>&amp;Ваше имя:</translation>
        </message>
        <message>
            <source>Kept for the next remarks too (Preferences ▸ Your name)</source>
            <translation>Сохраняется и для следующих замечаний (Настройки ▸ Ваше имя)</translation>
        </message>
    </context>
    <context>
        <name>RemarkLocator</name>
        <message>
            <source>"%1" is not a complete part name.</source>
            <translation>«%1» — неполное название части.</translation>
        </message>
        <message>
            <source>Meeting %1 has no %2: %3.</source>
            <translation>В заседании %1 нет части «%2»: %3.</translation>
        </message>
        <message>
            <source>it has %1 resolution(s)</source>
            <translation>решений в нём: %1</translation>
        </message>
        <message>
            <source>it has %1 appendix(es)</source>
            <translation>приложений в нём: %1</translation>
        </message>
        <message>
            <source>its agenda has %1 item(s)</source>
            <translation>вопросов в повестке: %1</translation>
        </message>
        <message>
            <source>agenda item %1 has %2 report(s)</source>
            <translation>докладов в вопросе повестки %1: %2</translation>
        </message>
        <message>
            <source>report %1.%2 has %3 KPI row(s)</source>
            <translation>строк показателей в докладе %1.%2: %3</translation>
        </message>
    </context>
    <context>
        <name>RemarkPart</name>
        <message>
            <source>No part was given; a part is one of: %1.</source>
            <translation>Часть не указана; часть — одно из: %1.</translation>
        </message>
        <message>
            <source>"%1" is not a part of a protocol; a part is one of: %2.</source>
            <translation>«%1» — не часть протокола; часть — одно из: %2.</translation>
        </message>
        <message>
            <source>"%1": the meeting as a whole takes no number; write "meeting".</source>
            <translation>«%1»: заседание в целом не нумеруется; напишите «meeting».</translation>
        </message>
        <message>
            <source>a report is named by the number of its agenda item and its own</source>
            <translation>доклад называют номером его вопроса повестки и своим номером</translation>
        </message>
        <message>
            <source>a KPI row is named by the numbers of its agenda item, its report and its row</source>
            <translation>строку показателей называют номерами вопроса повестки, доклада и строки</translation>
        </message>
        <message>
            <source>an agenda item is named by its number</source>
            <translation>вопрос повестки называют его номером</translation>
        </message>
        <message>
            <source>an appendix is named by its number</source>
            <translation>приложение называют его номером</translation>
        </message>
        <message>
            <source>a resolution is named by its number</source>
            <translation>решение называют его номером</translation>
        </message>
        <message>
            <source>"%1": %2, as in "%3".</source>
            <translation>«%1»: %2, например «%3».</translation>
        </message>
        <message>
            <source>"%1": "%2" is not a number as printed (1, 2, 3 …).</source>
            <translation>«%1»: «%2» — не номер, как он напечатан (1, 2, 3 …).</translation>
        </message>
    </context>
    <context>
        <name>RemarksPanel</name>
        <message>
            <source>&amp;Take back</source>
            <translation>Ото&amp;звать</translation>
        </message>
        <message>
            <source>Remove the selected remark before it is sent</source>
            <translation>Убрать выбранное замечание до отправки</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Принять</translation>
        </message>
        <message>
            <source>The remark is taken into the protocol</source>
            <translation>Замечание учитывается в протоколе</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>&amp;Отклонить</translation>
        </message>
        <message>
            <source>The remark is not taken into the protocol</source>
            <translation>Замечание не учитывается в протоколе</translation>
        </message>
        <message>
            <source>&amp;Noted</source>
            <translation>При&amp;нято к сведению</translation>
        </message>
        <message>
            <source>The remark was read; nothing in the protocol changes for it</source>
            <translation>Замечание прочитано; в протоколе из-за него ничего не меняется</translation>
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
        <name>RestoreRevisionCommand</name>
        <message>
            <source>Restore revision %1</source>
            <translation>Восстановить редакцию %1</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign the protocol</source>
            <translation>Подписание протокола</translation>
        </message>
        <message>
            <source>Signed &amp;on:</source>
            <translation>&amp;Дата подписания:</translation>
        </message>
        <message>
            <source>&amp;Scan of the signed copy:</source>
            <translation>&amp;Скан подписанной копии:</translation>
        </message>
        <message>
            <source>Optional: PDF, PNG or JPEG; it can be attached later too</source>
            <translation>Необязательно: PDF, PNG или JPEG; можно прикрепить и позже</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>О&amp;бзор…</translation>
        </message>
    </context>
    <context>
        <name>StatusWorkflow</name>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>in review</source>
            <translation>на рассмотрении</translation>
        </message>
        <message>
            <source>final</source>
            <translation>окончательный</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>подписан</translation>
        </message>
        <message>
            <source>The meeting is already %1.</source>
            <translation>Заседание уже в состоянии «%1».</translation>
        </message>
        <message>
            <source>The meeting is %1: going back to draft reopens it, which needs a reason.</source>
            <translation>Заседание в состоянии «%1»: возврат в черновик открывает его заново, для этого нужна причина.</translation>
        </message>
        <message>
            <source>A draft goes to review first.</source>
            <translation>Черновик сначала отправляют на рассмотрение.</translation>
        </message>
        <message>
            <source>A meeting in review can be finalised or sent back to draft.</source>
            <translation>Заседание на рассмотрении можно утвердить как окончательное или вернуть в черновик.</translation>
        </message>
        <message>
            <source>A final meeting can be signed, or reopened as a draft with a reason.</source>
            <translation>Окончательное заседание можно подписать или, указав причину, открыть заново как черновик.</translation>
        </message>
        <message>
            <source>A signed meeting can only be reopened as a draft, with a reason.</source>
            <translation>Подписанное заседание можно только открыть заново как черновик, указав причину.</translation>
        </message>
        <message>
            <source>A meeting cannot go from %1 to %2. %3</source>
            <translation>Заседание не может перейти из состояния «%1» в «%2». %3</translation>
        </message>
        <message>
            <source>Only a final or signed meeting is reopened; this one is %1 and can be edited.</source>
            <translation>Заново открывают только окончательное или подписанное заседание; это в состоянии «%1», и его можно править.</translation>
        </message>
        <message>
            <source>Reopening a %1 meeting needs a reason; it is kept in the audit log.</source>
            <translation>Чтобы заново открыть заседание в состоянии «%1», нужна причина; она сохраняется в журнале аудита.</translation>
        </message>
    </context>
    <context>
        <name>VoteValidator</name>
        <message>
            <source>A unanimous vote needs members present; the attendance has none.</source>
            <translation>Для единогласного решения нужны присутствующие члены; в списке присутствующих их нет.</translation>
        </message>
        <message>
            <source>A vote count cannot be negative.</source>
            <translation>Число голосов не может быть отрицательным.</translation>
        </message>
        <message>
            <source>Every line of a roll call names the member who voted.</source>
            <translation>В каждой строке поимённого голосования указывают проголосовавшего члена.</translation>
        </message>
        <message>
            <source>%1 is listed twice in the roll call.</source>
            <translation>%1 дважды указан в поимённом голосовании.</translation>
        </message>
        <message>
            <source>%1 votes were counted (for %2, against %3, abstained %4), but only %5 members are present. Correct the counts or the attendance.</source>
            <translation>Подсчитано голосов: %1 (за %2, против %3, воздержались %4), но присутствуют только %5 членов. Исправьте подсчёт или список присутствующих.</translation>
        </message>
        <message>
            <source>The vote has no votes counted; enter the counts or choose “unanimously”.</source>
            <translation>Голоса не подсчитаны; введите числа или выберите «единогласно».</translation>
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
            <source>Show the decisions register (with --screenshot: its picture).</source>
            <translation>Показать реестр решений (с --screenshot — его снимок).</translation>
        </message>
        <message>
            <source>A database or a review copy (.bayon, opened read-only) to open, or a meeting (.json) to import.</source>
            <translation>База данных или копия для рассмотрения (.bayon, открывается только для чтения), которую открыть, или заседание (.json) для импорта.</translation>
        </message>
    </context>
</TS>
