#pragma once

#include "domain/result.h"

#include <QString>

namespace Bayon {

// Whether a database may be changed, shared by every repository of one
// Database: each write asks check() before any SQL, so that a database
// opened read-only, or a review copy, refuses with one message that says why
// rather than with SQLite's "attempt to write a readonly database".
class WriteGuard
{
public:
    // Empty: writable. Otherwise the message every refused write gives.
    void refuseWith(QString message) { m_refusal = std::move(message); }
    bool isReadOnly() const { return !m_refusal.isEmpty(); }
    Status check() const
    {
        if (m_refusal.isEmpty())
            return {};
        return Error::refused(m_refusal);
    }

private:
    QString m_refusal;
};

} // namespace Bayon
