// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/boardpaper.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wgll {

/// File → Report Details: every field of the board paper's cover sheet (CoverSheet). Purpose and
/// assurance are chosen from their lists; a meeting date may be left unset. Single-line fields
/// are limited to the core's lengths as typed; the multi-line ones are checked on OK, and a
/// refusal keeps the dialog open with what was typed (setProblem()).
class ReportDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDetailsDialog(const CoverSheet &current, QWidget *parent = nullptr);

    CoverSheet cover() const;
    /// Shows why the cover sheet was refused (empty hides it).
    void setProblem(const QString &problem);

private:
    QLineEdit *lineEdit(const char *name, const QString &text, qsizetype limit, const QString &accessible);
    QPlainTextEdit *textEdit(const char *name, const QString &text, const QString &accessible);
    /// The meeting date, "Not set" when `date` is invalid.
    QDateEdit *dateEdit(const QDate &date);

    QLineEdit *m_meeting = nullptr;
    QDateEdit *m_meetingDate = nullptr;
    QLineEdit *m_agendaItem = nullptr;
    QLineEdit *m_reportTitle = nullptr;
    QComboBox *m_purpose = nullptr;
    QPlainTextEdit *m_recommendation = nullptr;
    QComboBox *m_assurance = nullptr;
    QPlainTextEdit *m_assuranceRationale = nullptr;
    QPlainTextEdit *m_risks = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_executiveLead = nullptr;
    QLineEdit *m_previouslyConsidered = nullptr;
    QPlainTextEdit *m_executiveSummary = nullptr;
    QLabel *m_problem = nullptr;
};

/// File → Sign Off: who signs the assessment off, and at which meeting.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    SignOffDialog(const QString &meeting, int revision, QWidget *parent = nullptr);
    QString by() const;
    QString meeting() const;

private:
    QLineEdit *m_by = nullptr;
    QLineEdit *m_meeting = nullptr;
};

} // namespace wgll
