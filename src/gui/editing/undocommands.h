#pragma once

namespace Bayon {

// The ids by which QUndoStack merges commands that follow each other while a
// user types in one field, so that one Ctrl+Z undoes a word, not a letter.
// A command that must never merge (an apostrophe replacement, a paste) has id -1.
enum UndoCommandId {
    Cmd_ChangeHeader = 1,
    Cmd_ChangeAttendee,
    Cmd_ChangeAgendaItemTitle,
    Cmd_ChangeDiscussion,
    Cmd_ChangeReport,
    Cmd_ChangeKpiTableCaption,
    Cmd_ChangeResolution,
    Cmd_ChangeAppendix,
};

// How an edit came about: typing merges with the typing before it in the same
// field; a replacement (an apostrophe put right) stands alone, so that Ctrl+Z
// undoes just that.
enum class EditKind { Typing, Single };

// Whether an add/remove command adds or removes.
enum class ListAction { Add, Remove };

} // namespace Bayon
