// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "framework/frameworkcatalog.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wgll {

/// File → New: the framework (variant and revision), organisation, period, default target and
/// an optional baseline (last year's file, whose targets, weights and actions carry over).
/// It only gathers the choices; MainWindow creates the file.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    NewAssessmentDialog(const FrameworkCatalog &catalog, int defaultTarget, QWidget *parent = nullptr);

    const Framework &framework() const;
    AssessmentInfo info() const;
    /// The file name to offer for the new assessment: "Test Trust 2026-27.wgll" for Test Trust,
    /// 2026/27. A slash in the period is a dash, not a folder.
    QString suggestedFileName() const;
    /// The baseline file chosen, or empty (also when the framework chosen since is another one).
    QString baselineFile() const;
    const Assessment *baseline() const;
    /// Sets the baseline (as the Browse button does); returns a problem when it cannot be used.
    std::optional<QString> setBaseline(const QString &fileName);

private:
    void updateSummary();
    /// The framework choices, the newest organisation framework first.
    void addFrameworks(const FrameworkCatalog &catalog);

    const FrameworkCatalog &m_catalog;
    QComboBox *m_framework = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_period = nullptr;
    QSpinBox *m_target = nullptr;
    QLineEdit *m_baseline = nullptr;
    QLabel *m_summary = nullptr;
    std::optional<Assessment> m_baselineAssessment;
};

} // namespace wgll
