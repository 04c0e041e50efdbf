"""``immunosep batch --lang LANG``: the text output worded for a reader, in one language.

Without ``--lang`` the text output stays as it always was (``cli.batch``: codes in brackets,
scripts parse it).  With it, every line goes through the catalogue: phenotype names, the
findings and row reasons as sentences (``Translator.finding``), counts with their plural, the
import notes and the rule.  ``--json`` never changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop_app.i18n import N_, Translator

CANNOT_CLASSIFY = N_("Cannot classify")
OUTCOMES = {"rejected": N_("Rejected"), "ignored": N_("Ignored"),
            "withdrawal": N_("Withdrawal")}
LAYOUTS = {"wide": N_("Read as: {kind}, wide layout"),
           "long": N_("Read as: {kind}, long layout")}


def lines(result: Any, tr: Translator) -> Iterator[str]:
    """One block per assessment and per rejected or ignored row, in row order: the headline
    line, then its reasons (and warnings) one per line, indented."""
    from desktop_app.services.cohort import in_row_order

    samples = result.samples
    # HL7/FHIR: a result's "row" is its line (entry); name file, message and segment instead.
    sources = {r.source.row: r.source for r in result.messages.results} \
        if result.messages is not None else {}

    def where(rows: tuple[int, ...] | list[int]) -> str:
        if sources and all(n in sources for n in rows):
            return " + ".join(sources[n].sentence().localized(tr) for n in rows)
        return tr.plural("Row {rows}", "Rows {rows}", len(rows),
                         rows="+".join(str(n) for n in rows))

    for item in in_row_order(result):
        if isinstance(item, int):
            d = result.decision(item)
            headline = tr(d.phenotype.label) if d.phenotype else tr(CANNOT_CLASSIFY)
            yield tr("{where}: {patient}: {headline}", where=where(samples.rows_of(item)),
                     patient=samples.patient_id[item].strip(), headline=headline)
            reasons, warnings = result.findings(item)
            yield from ("  " + tr.finding(f) for f in reasons)
            yield from ("  " + tr("Warning: {warning}", warning=tr.finding(w))
                        for w in warnings)
        else:
            outcome = tr(OUTCOMES[item.outcome])
            place = where([item.row])
            yield (tr("{where}: {patient}: {outcome}", where=place,
                      patient=item.patient_id.strip(), outcome=outcome)
                   if item.patient_id else tr("{where}: {outcome}", where=place,
                                              outcome=outcome))
            yield from ("  " + tr.finding(r) for r in item.reasons)
    messages = result.messages
    if messages is not None:  # messages that hold no result segment are accounted for too
        for m in messages.messages:
            if m.outcome.value != "used" and not m.results:
                yield tr("{where}: {outcome}", where=m.source.sentence().localized(tr),
                         outcome=tr(OUTCOMES[m.outcome.value]))
                yield "  " + (tr.finding(m.words) if m.words is not None else m.message)


def summary(result: Any, head: dict[str, Any], tr: Translator, *, out: str | None,
            rejected_out: str | None) -> Iterator[str]:
    """The counts, what was read how, the import notes and the rule set."""
    from desktop_app.core.outcomes import Phenotype

    messages = head.get("messages")
    if messages is None:
        yield tr.plural("{n} data row read.", "{n} data rows read.", head["rows_read"])
        yield tr("Classified: {classified}; cannot classify: {cannot_classify}; rejected: "
                 "{rejected}; assessments: {assessments}; blank rows skipped: {blank}",
                 classified=head["classified"], cannot_classify=head["cannot_classify"],
                 rejected=head["rejected"], assessments=head["assessments"],
                 blank=head["blank_rows"])
    else:
        apart = messages["not_in_an_assessment"]
        yield tr.plural("{n} result read.", "{n} results read.", head["rows_read"])
        yield tr("Messages: {messages}; classified: {classified}; cannot classify: "
                 "{cannot_classify}; in no assessment: {apart} (rejected: {rejected}, "
                 "ignored: {ignored}, withdrawals: {withdrawals}); assessments: {assessments}",
                 messages=messages["counts"]["messages"], classified=head["classified"],
                 cannot_classify=head["cannot_classify"], apart=head["rejected"],
                 rejected=apart["rejected"], ignored=apart["ignored"],
                 withdrawals=apart["withdrawal"], assessments=head["assessments"])
    counts = head["phenotype_counts"]
    names = {p.value: p.label for p in Phenotype} | {"cannot_classify": CANNOT_CLASSIFY}
    yield tr("Phenotypes: {counts}", counts=tr.join(
        tr("{phenotype}: {n}", phenotype=tr(names[k]), n=n) for k, n in counts.items()))
    s = head["settings"]
    layout = LAYOUTS.get(s["layout"])
    yield tr(layout, kind=s["kind"]) if layout else tr("Read as: {kind}, {layout}",
                                                      kind=s["kind"], layout=s["layout"])
    if s["encoding"]:
        yield tr("Encoding: {encoding}", encoding=s["encoding"])
    if s["sheet"]:
        yield tr("Sheet: {sheet}", sheet=repr(s["sheet"]))
    yield tr("Decimal separator: comma") if s["decimal_comma"] else \
        tr("Decimal separator: point")
    yield from (tr("Note: {note}", note=tr.finding(n)) for n in result.settings.notes)
    yield tr("Rule set {ruleset}, trial {registry}:", ruleset=head["ruleset_version"],
             registry=head["source"]["registry_id"])
    yield from ("  " + rule for rule in result.ruleset.rule_text(tr))
    if out:
        yield tr("Results written to {file}", file=out)
    if rejected_out:
        yield tr("Rejected rows written to {file}", file=rejected_out)
