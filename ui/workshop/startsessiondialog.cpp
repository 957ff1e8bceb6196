// SPDX-License-Identifier: GPL-3.0-or-later
#include "startsessiondialog.h"
#include "textinput.h"
#include "assessment/textlimits.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace wgll {

QHash<QString, int> StartSessionDialog::defaultAgenda(const Framework &framework, int totalMinutes)
{
    QHash<QString, int> agenda;
    const auto statements = static_cast<double>(std::max<qsizetype>(1, framework.indicatorCount()));
    for (const Measure &m : framework.measures)
        agenda.insert(m.id, std::max(5, static_cast<int>(std::lround(totalMinutes * static_cast<double>(m.indicators.size()) / statements))));
    return agenda;
}

StartSessionDialog::StartSessionDialog(const Framework &framework, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("startSessionDialog"));
    setWindowTitle(tr("Start a workshop session"));
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(tr("Scoring workshop"), this);
    m_title->setAccessibleName(tr("Session title"));
    limitLength(*m_title, text::MaxName);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setAccessibleName(tr("Session date"));
    m_facilitator = new QLineEdit(this);
    m_facilitator->setAccessibleName(tr("Facilitator"));
    limitLength(*m_facilitator, text::MaxName);
    m_present = new QPlainTextEdit(this);
    m_present->setAccessibleName(tr("Present, one person a line"));
    m_present->setPlaceholderText(tr("One a line: Name, role, organisation\ne.g. Alice Smith, CIO"));
    m_present->setTabChangesFocus(true);
    m_apologies = new QPlainTextEdit(this);
    m_apologies->setAccessibleName(tr("Apologies, one person a line"));
    m_apologies->setTabChangesFocus(true);
    m_apologies->setMaximumHeight(70);
    auto *agenda = new QWidget(this);
    auto *agendaForm = new QFormLayout(agenda);
    agendaForm->setContentsMargins(0, 0, 0, 0);
    const QHash<QString, int> minutes = defaultAgenda(framework);
    for (const Measure &m : framework.measures) {
        auto *spin = new QSpinBox(agenda);
        spin->setRange(1, 240);
        spin->setValue(minutes.value(m.id));
        spin->setSuffix(tr(" min"));
        spin->setAccessibleName(tr("Minutes for %1").arg(m.title));
        agendaForm->addRow(m.id + u"  " + m.title, spin);
        m_minutes.insert(m.id, spin);
    }
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Facilitator"), m_facilitator);
    form->addRow(tr("&Present (voting order)"), m_present);
    form->addRow(tr("&Apologies"), m_apologies);
    form->addRow(tr("Disagreement"), buildRules());
    form->addRow(tr("Agenda"), agenda);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("startSessionProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_title->text().trimmed().isEmpty() && !peopleFrom(m_present->toPlainText()).isEmpty())
            accept();
        else
            m_present->setFocus(); // a session needs a title and someone to vote
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, 720);
}

QString StartSessionDialog::explain(workshop::DisagreementRule rule)
{
    switch (rule) {
    case workshop::DisagreementRule::InterquartileRange:
        return tr("&Interquartile range: the middle half of the votes spans more than 1 level");
    case workshop::DisagreementRule::WithinOneOfMedian:
        return tr("&Within one of the median: fewer than 75 % of the votes are within 1 level of the median");
    case workshop::DisagreementRule::Range:
        break;
    }
    return tr("&Range: the highest and lowest votes are 2 levels or more apart");
}

QWidget *StartSessionDialog::buildRules()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("disagreementRules"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rules = new QButtonGroup(box);
    for (const workshop::DisagreementRule rule : {workshop::DisagreementRule::Range,
                                                  workshop::DisagreementRule::InterquartileRange,
                                                  workshop::DisagreementRule::WithinOneOfMedian}) {
        auto *button = new QRadioButton(explain(rule), box);
        button->setObjectName(u"rule-" + workshop::ruleName(rule));
        button->setChecked(rule == workshop::DisagreementRule::Range);
        m_rules->addButton(button, static_cast<int>(rule));
        layout->addWidget(button);
    }
    return box;
}

QList<StartSessionDialog::Person> StartSessionDialog::peopleFrom(const QString &lines)
{
    QList<Person> people;
    for (const QString &line : lines.split(u'\n')) {
        const QStringList parts = line.split(u',');
        // Not cut to fit: an overlong name is refused with a message, as typed (see setProblem).
        const QString name = parts.value(0).trimmed();
        if (!name.isEmpty())
            people.append({name, parts.value(1).trimmed(), parts.mid(2).join(u',').trimmed()});
    }
    return people;
}

StartSessionDialog::Choices StartSessionDialog::choices() const
{
    QHash<QString, int> agenda;
    for (auto i = m_minutes.cbegin(); i != m_minutes.cend(); ++i)
        agenda.insert(i.key(), i.value()->value());
    return {m_title->text().trimmed(),
            m_date->date(),
            m_facilitator->text().trimmed(),
            peopleFrom(m_present->toPlainText()),
            peopleFrom(m_apologies->toPlainText()),
            agenda,
            static_cast<workshop::DisagreementRule>(m_rules->checkedId())};
}

void StartSessionDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void StartSessionDialog::setChoices(const Choices &c)
{
    auto lines = [](const QList<Person> &people) -> QString {
        QStringList out;
        for (const Person &p : people)
            out.append(QStringList{p.name, p.role, p.organisation}.join(QStringLiteral(", ")));
        return out.join(u'\n');
    };
    m_title->setText(c.title);
    m_date->setDate(c.date);
    m_facilitator->setText(c.facilitator);
    m_present->setPlainText(lines(c.present));
    m_apologies->setPlainText(lines(c.apologies));
    for (auto i = m_minutes.cbegin(); i != m_minutes.cend(); ++i)
        i.value()->setValue(c.minutesFor(i.key()));
    m_rules->button(static_cast<int>(c.rule))->setChecked(true);
}

} // namespace wgll
