#pragma once

#include "decisionregister.h"

#include <QCoreApplication>

namespace Bayon {

class StatementCache;
class FollowUpHistoryStore;

// The decisions register over a Bayon SQLite database: one query over the
// resolutions and their meetings (the free text through the FTS5 index of
// "resolution N" parts), then the person filter and the sort, which need
// Uzbek collation.
class SqliteDecisionRegister : public DecisionRegister
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDecisionRegister)

public:
    explicit SqliteDecisionRegister(StatementCache& statements);

    Result<QList<DecisionEntry>> list(const DecisionFilter& filter) const override;
    Result<QStringList> responsibleNames() const override;
    Result<QStringList> councilNames() const override;

    // Sorts entries as the register shows them; equal ones stay in meeting
    // and resolution order.
    static void sort(
        QList<DecisionEntry>& entries, DecisionFilter::Column column, bool descending, QDate today);

private:
    Result<QStringList> distinctTexts(const QString& sql, const QString& doing) const;

    StatementCache& m_statements;
};

} // namespace Bayon
