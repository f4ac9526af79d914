"""The peer of bin/allocate: the same rules run by pabutools, printing FILE<TAB>RULE<TAB>IDS per file.

    PYTHONPATH=<pabutools source> python3 pabutools_allocate.py --rule RULE [--sat SAT] FILE.pb...

It needs pabutools 1.2.x and what it imports (gmpy2, numpy, pulp, natsort; Debian packages
python3-gmpy2, python3-numpy, python3-pulp, python3-natsort and coinor-cbc for max-welfare). The
rule and satisfaction names are those of bin/allocate and ../shared/pabulib/README.md. Used to
measure bin/allocate against pabutools as a whole process, and to compute reference outcomes for
instances that are not in expected.tsv.
"""
import argparse
import os
import sys

import gmpy2
from pabutools.election import (
    AdditiveSatisfaction,
    Additive_Borda_Sat,
    Additive_Cardinal_Sat,
    Cardinality_Sat,
    Cost_Sat,
    parse_pabulib,
)
from pabutools.election.instance import Instance
from pabutools.fractions import str_as_frac
from pabutools.rules import (
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    max_additive_utilitarian_welfare,
    method_of_equal_shares,
    sequential_phragmen,
)


def _patch_two_argument_frac():
    """gmpy2 2.1.2 (Debian 12) has mpq(a, b) overwrite an mpq argument a in place, which corrupts
    pabutools' voter budgets (MES then selects nothing). Divide instead: the same exact rational."""
    def frac(*args):
        if len(args) == 2:
            return gmpy2.mpq(args[0]) / gmpy2.mpq(args[1])
        return original(*args)

    import pabutools.fractions
    original = pabutools.fractions.frac
    for name, module in list(sys.modules.items()):
        if name.startswith("pabutools") and getattr(module, "frac", None) is original:
            module.frac = frac


if gmpy2.version() < "2.1.3":
    _patch_two_argument_frac()


def _points_cost(instance, profile, ballot, project, precomputed):
    return ballot.get(project, 0) * project.cost


class Points_Cost_Sat(AdditiveSatisfaction):
    """points x cost (cumulative/scoring): greedy ranks by total points."""

    def __init__(self, instance, profile, ballot):
        AdditiveSatisfaction.__init__(self, instance, profile, ballot, _points_cost)


def _ordinal_cost(instance, profile, ballot, project, precomputed):
    if project in ballot:
        return (len(ballot) - ballot.position(project)) * project.cost
    return 0


class Ordinal_Cost_Sat(AdditiveSatisfaction):
    """(ballot length - position) x cost (ordinal)."""

    def __init__(self, instance, profile, ballot):
        AdditiveSatisfaction.__init__(self, instance, profile, ballot, _ordinal_cost)


SATISFACTIONS = {
    "cost": Cost_Sat,
    "cardinality": Cardinality_Sat,
    "cardinal": Additive_Cardinal_Sat,
    "points-cost": Points_Cost_Sat,
    "borda": Additive_Borda_Sat,
    "ordinal-cost": Ordinal_Cost_Sat,
}


def default_sat(vote_type):
    if vote_type in ("cumulative", "scoring"):
        return "points-cost"
    return "ordinal-cost" if vote_type == "ordinal" else "cost"


def eligible_by_threshold(instance):
    threshold = str_as_frac(instance.meta["min_project_score_threshold"].replace(",", "."))
    kept = Instance(budget_limit=instance.budget_limit, meta=instance.meta)
    for project in instance:
        row = instance.project_meta[project]
        score = row.get("score", row.get("votes"))
        if str_as_frac(score.replace(",", ".")) >= threshold:
            kept.add(project)
    return kept


def allocate(rule, sat_name, instance, profile):
    sat = SATISFACTIONS[sat_name]
    if rule == "greedy":
        return greedy_utilitarian_welfare(instance, profile, sat_class=sat)
    if rule == "greedy-threshold":
        return greedy_utilitarian_welfare(eligible_by_threshold(instance), profile, sat_class=sat)
    if rule == "mes":
        return method_of_equal_shares(instance, profile, sat_class=sat)
    if rule == "mes-add1":
        return method_of_equal_shares(instance, profile, sat_class=sat, voter_budget_increment=1)
    if rule == "mes-add1-greedy":
        return completion_by_rule_combination(
            instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": sat, "voter_budget_increment": 1}, {"sat_class": Cost_Sat}])
    if rule == "phragmen":
        return sequential_phragmen(instance, profile)
    if rule == "max-welfare":
        return max_additive_utilitarian_welfare(instance, profile, sat_class=sat)
    raise ValueError("pabutools has no rule " + rule)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rule", required=True)
    parser.add_argument("--sat")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    status = 0
    for path in args.files:
        try:
            instance, profile = parse_pabulib(path)
            sat = args.sat or default_sat(instance.meta["vote_type"])
            ids = sorted(p.name for p in allocate(args.rule, sat, instance, profile))
        except Exception as failure:  # one file's failure (pabutools' own included) must not hide the others
            print("pabutools_allocate: %s: %r" % (path, failure), file=sys.stderr)
            status = 1
            continue
        print(os.path.basename(path) + "\t" + args.rule + "\t" + ",".join(ids))
    sys.stdout.flush()
    sys.exit(status)


if __name__ == "__main__":
    main()
