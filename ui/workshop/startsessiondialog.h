// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/framework.h"
#include "workshop/votes.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QStringList>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace wgll {

/// Workshop → Start Session: title, date, facilitator, the attendance register (present and
/// apologies, one person a line as "Name, role, organisation"), when the votes count as
/// disagreement (the rule, kept with the session) and the agenda: minutes per success measure,
/// first shared out over two hours by how many statements each has.
class StartSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartSessionDialog(const Framework &framework, QWidget *parent = nullptr);

    struct Person
    {
        QString name;
        QString role;
        QString organisation;
    };
    struct Choices
    {
        QString title;
        QDate date;
        QString facilitator;
        QList<Person> present;
        QList<Person> apologies;
        QHash<QString, int> agenda; ///< minutes per success measure id
        workshop::DisagreementRule rule = workshop::DisagreementRule::Range;
        static constexpr int DefaultMinutes = 15;
        int minutesFor(const QString &measure) const { return agenda.value(measure, DefaultMinutes); }
    };
    /// Two hours shared out by statement count, at least 5 minutes a measure.
    static QHash<QString, int> defaultAgenda(const Framework &framework, int totalMinutes = 120);
    Choices choices() const;
    void setChoices(const Choices &choices);
    /// Shows why the choices were refused (the document's rules), above the buttons.
    void setProblem(const QString &problem);
    /// "Name, role, organisation" lines to people; blank lines are skipped.
    static QList<Person> peopleFrom(const QString &lines);
    /// One line on what a rule counts as disagreement, as the dialog offers it.
    static QString explain(workshop::DisagreementRule rule);

private:
    /// The three rules, one button each with its explanation; Range first and chosen.
    QWidget *buildRules();

    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QPlainTextEdit *m_present = nullptr;
    QPlainTextEdit *m_apologies = nullptr;
    QLabel *m_problem = nullptr;
    QButtonGroup *m_rules = nullptr;
    QHash<QString, QSpinBox *> m_minutes;
};

} // namespace wgll
