// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wgll {

/// File → Assessment Details: the organisation and period the board report is headed with,
/// whether the assessment is a draft or final, and the target of statements without their own.
/// It only gathers the choices; MainWindow applies them through the session (undoable).
class AssessmentDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    AssessmentDetailsDialog(const AssessmentInfo &current, const Framework &framework, QWidget *parent = nullptr);

    AssessmentInfo details() const;

private:
    void updateHint();

    AssessmentInfo m_current;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_period = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_target = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace wgll
