// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace wgll {

/// Workshop → Start Session: title, date, facilitator, the attendance register (present and
/// apologies, one person a line as "Name, role, organisation") and the time box per measure.
class StartSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartSessionDialog(QWidget *parent = nullptr);

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
        int minutesPerMeasure = 15;
    };
    Choices choices() const;
    void setChoices(const Choices &choices);
    /// "Name, role, organisation" lines to people; blank lines are skipped.
    static QList<Person> peopleFrom(const QString &lines);

private:
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QPlainTextEdit *m_present = nullptr;
    QPlainTextEdit *m_apologies = nullptr;
    QSpinBox *m_minutes = nullptr;
};

} // namespace wgll
