import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from relevance.evaluation import (
    JUDGEMENTS_PATH,
    PARAPHRASE,
    K,
    evaluate,
    hub_ranking,
    load_judgements,
    missing_judged_results,
)


class Command(BaseCommand):
    help = (
        "Run the judged relevance set (relevance/judgements.json) through the hub's search "
        f"service and print each query's ranks and the aggregate recall@{K}, MRR and nDCG@{K}. "
        "Needs the demo content (manage.py load_demo_content)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--judgements", default=str(JUDGEMENTS_PATH))
        parser.add_argument(
            "--quiet", action="store_true", help="Print only the per-kind and overall figures."
        )

    def handle(self, *args, **options):
        try:
            judged = load_judgements(options["judgements"])
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Cannot read the judgements: {error}") from error
        missing = missing_judged_results(judged)
        if missing:
            self.stderr.write(
                self.style.WARNING(
                    f"{len(missing)} judged results are not in this database (load the demo "
                    "content, or fix the judgements):"
                )
            )
            for type_, title in missing:
                self.stderr.write(f"  {type_}: {title}")

        started = time.perf_counter()
        evaluation = evaluate(judged, hub_ranking)
        elapsed = time.perf_counter() - started
        if not options["quiet"]:
            self._print_queries(evaluation)
            self.stdout.write("")
        self._print_table(evaluation)
        self.stdout.write("")
        self.stdout.write(
            f"Database: {connection.vendor}  queries: {len(evaluation.outcomes)}  "
            f"time: {elapsed:.1f}s"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"recall@{K} {evaluation.recall:.3f}  MRR {evaluation.mrr:.3f}  "
                f"nDCG@{K} {evaluation.ndcg:.3f}"
            )
        )

    def _print_table(self, evaluation):
        rows = list(evaluation.by_kind().items())
        rows.append((f"all but {PARAPHRASE}", evaluation.without_kinds(PARAPHRASE)))
        rows.append(("all", evaluation))
        self.stdout.write(
            f"{'kind':<22}{'queries':>8}{f'recall@{K}':>11}{'MRR':>7}{f'nDCG@{K}':>9}"
        )
        for name, part in rows:
            self.stdout.write(
                f"{name:<22}{len(part.outcomes):>8}{part.recall:>11.3f}{part.mrr:>7.3f}"
                f"{part.ndcg:>9.3f}"
            )

    def _print_queries(self, evaluation):
        for outcome in evaluation.outcomes:
            judged = outcome.judged
            self.stdout.write(
                f"{judged.query!r} [{judged.kind}]  recall@{K} {outcome.recall:.2f}  "
                f"RR {outcome.reciprocal_rank:.2f}  nDCG@{K} {outcome.ndcg:.2f}"
            )
            for key, position in outcome.positions().items():
                place = f"#{position}" if position else "not found"
                self.stdout.write(
                    f"    {place:>9}  (grade {judged.relevant[key]}) {key[0]}: {judged.titles[key]}"
                )
            if outcome.reciprocal_rank < 1 and outcome.ranked:
                type_, title = outcome.ranked[0]
                self.stdout.write(f"    first result: {type_}: {title}")
