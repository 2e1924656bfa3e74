/**
 * @module i18n/case-messages
 * The case report's words in one language, from the `caseReport.*` keys of the catalogues
 * (and the country report's `report.*` ones it shares: generated, missing, none). TLP and PAP
 * labels and RSIT class/type ids are in no catalogue: they are shown as the taxonomies spell
 * them in every language.
 *
 * @example
 * const m = caseMessagesFor('ru');
 * m.sections.timeline; // 'Хронология'
 */
import { translator, type Language, type Translator, type TranslatorOptions } from '@coopsec/i18n';

export function caseReportMessages(tr: Translator) {
  const { t } = tr;
  return {
    locale: tr.lang,
    title: (title: string) => t('caseReport.title', { title }),
    subtitle: t('caseReport.subtitle'),
    generated: (date: string) => t('report.generated', { date }),
    marking: (tlp: string) => t('caseReport.marking', { tlp }),
    missing: t('report.missing'),
    none: t('report.none'),
    sections: {
      overview: t('caseReport.overview'),
      participants: t('caseReport.participants'),
      timeline: t('caseReport.timeline'),
      tasks: t('caseReport.tasks'),
      links: t('caseReport.links'),
      comments: t('caseReport.comments'),
      times: t('caseReport.times'),
    },
    field: {
      caseId: t('caseReport.caseId'),
      description: t('caseReport.description'),
      rsitClass: t('caseReport.rsitClass'),
      rsitType: t('caseReport.rsitType'),
      severity: t('caseReport.severity'),
      tlp: t('caseReport.tlp'),
      pap: t('caseReport.pap'),
      status: t('caseReport.status'),
      phase: t('caseReport.phase'),
      opened: t('caseReport.opened'),
      modified: t('caseReport.modified'),
      openedBy: t('caseReport.openedBy'),
      organisation: t('caseReport.organisation'),
      role: t('caseReport.role'),
      at: t('caseReport.at'),
      by: t('caseReport.by'),
      kind: t('caseReport.kind'),
      summary: t('caseReport.summary'),
      task: t('caseReport.task'),
      owner: t('caseReport.owner'),
      due: t('caseReport.due'),
      done: t('caseReport.done'),
      stixType: t('caseReport.stixType'),
      stixId: t('caseReport.stixId'),
      name: t('caseReport.name'),
      comment: t('caseReport.comment'),
    },
    status: { open: t('caseReport.statusOpen'), closed: t('caseReport.statusClosed') },
    yes: t('caseReport.yes'),
    no: t('caseReport.no'),
    timesNote: t('caseReport.timesNote'),
    times: {
      acknowledge: t('caseReport.timeToAcknowledge'),
      contain: t('caseReport.timeToContain'),
      resolve: t('caseReport.timeToResolve'),
    },
    duration: (hours: number, minutes: number) => t('caseReport.duration', { hours, minutes }),
    phase: {
      detect: t('caseReport.phaseName.detect'),
      analyse: t('caseReport.phaseName.analyse'),
      contain: t('caseReport.phaseName.contain'),
      eradicate: t('caseReport.phaseName.eradicate'),
      recover: t('caseReport.phaseName.recover'),
      closed: t('caseReport.phaseName.closed'),
    },
    severity: {
      low: t('caseReport.severityName.low'),
      medium: t('caseReport.severityName.medium'),
      high: t('caseReport.severityName.high'),
      critical: t('caseReport.severityName.critical'),
    },
    role: {
      lead: t('caseReport.roleName.lead'),
      contributor: t('caseReport.roleName.contributor'),
      observer: t('caseReport.roleName.observer'),
    },
    kind: {
      opened: t('caseReport.kindName.opened'),
      phase: t('caseReport.kindName.phase'),
      observation: t('caseReport.kindName.observation'),
      action: t('caseReport.kindName.action'),
    },
    taskStatus: {
      pending: t('caseReport.taskStatusName.pending'),
      'in-progress': t('caseReport.taskStatusName.in-progress'),
      completed: t('caseReport.taskStatusName.completed'),
      cancelled: t('caseReport.taskStatusName.cancelled'),
    },
    format: { date: (iso: string) => tr.date(iso) },
  };
}

export type CaseMessages = ReturnType<typeof caseReportMessages>;

export function caseMessagesFor(lang: Language, options: TranslatorOptions = {}): CaseMessages {
  return caseReportMessages(translator(lang, options));
}
