import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Indicator, IndicatorFigure, PeriodInput, Scorecard, ScorePeriod, SeriesInterval, SeriesPoint, type IndicatorValue, type SeriesIntervalValue } from "../../schema/analytics/scorecard.js";
import { divisionPrefix, registryCode } from "../../sources/common/division-codes.js";
import type { Period } from "../../sources/common/period.js";
import { civicFigures, creditedVolunteers } from "../../sources/civic/indicators.js";
import { closedEventCodes, governanceFigures } from "../../sources/governance/indicators.js";
import { partyFigures } from "../../sources/party/indicators.js";
import type { Context } from "../context.js";
import { badArgument } from "../common/errors.js";
import { SEES_NAMES } from "../common/personal-data-fields.js";
import { divisionCodeArg } from "../common/validate.js";
import { divisionLoader } from "../registry/loaders.js";
import { INDICATOR_DEFINITIONS, type Figures, type IndicatorDefinition, type Measure } from "./indicators.js";
import { periodOf, seriesPeriods, type NamedPeriod } from "./periods.js";

/** Fewer residents' records than this behind a figure, and it is withheld from callers who may not read them. */
const MIN_PEOPLE = 5;


/**
 * Each division's raw figures in each period: one statement per centre, then one more at the
 * civic and governance centres for what joins them to the party's (members credited hours as
 * the same Person, the events deliberations took up) — whatever the number of divisions and periods.
 */
async function figuresOf(ctx: Context, prefixes: readonly string[], periods: readonly Period[]): Promise<Map<string, Figures[]>> {
  const { reads } = ctx;
  const [governance, civic, party] = await Promise.all([governanceFigures(reads.governance.rows, prefixes, periods), civicFigures(reads.civic.rows, prefixes, periods), partyFigures(reads.party.rows, prefixes, periods)]);
  const partyOf = (prefix: string) => party.get(prefix) ?? [];
  const idle = [...new Set([...party.values()].flatMap((perPeriod) => perPeriod.flatMap((p) => p.notServedHere)))];
  const linked = [...new Set([...party.values()].flatMap((perPeriod) => perPeriod.flatMap((p) => p.linkedEventCodes)))];
  const [credited, closed] = await Promise.all([creditedVolunteers(reads.civic.rows, periods, idle), closedEventCodes(reads.governance.rows, linked)]);
  return new Map(
    prefixes.map((prefix) => [
      prefix,
      partyOf(prefix).map((p, i) => ({
        governance: (governance.get(prefix) ?? [])[i] as Figures["governance"],
        civic: (civic.get(prefix) ?? [])[i] as Figures["civic"],
        party: p,
        cross: {
          membersServed: p.servedHere + p.notServedHere.filter((id) => credited[i]?.has(id)).length,
          deliberationEventsClosed: p.linkedEventCodes.filter((code) => closed.has(code)).length,
        },
      })),
    ]),
  );
}

/** A measure as this caller may see it: withheld when few residents are behind it and the caller may not read them. */
function shown(ctx: Context, definition: IndicatorDefinition, measure: Measure): Measure & { withheldReason: string | null } {
  if (!definition.fromResidents || measure.base === 0 || measure.base >= MIN_PEOPLE || SEES_NAMES.has(ctx.identity.role)) return { ...measure, withheldReason: null };
  return { value: null, numerator: null, denominator: null, base: measure.base, withheldReason: `Built from fewer than ${MIN_PEOPLE} residents' records` };
}

function figure(ctx: Context, definition: IndicatorDefinition, current: Figures, previous: Figures | undefined): IndicatorFigure {
  const now = shown(ctx, definition, definition.measure(current));
  const before = previous && !definition.present ? shown(ctx, definition, definition.measure(previous)).value : null;
  return Object.assign(new IndicatorFigure(), {
    indicator: definition.indicator,
    centre: definition.centre,
    term: definition.term,
    definition: definition.definition,
    unit: definition.unit,
    better: definition.better,
    value: now.value,
    numerator: now.numerator,
    denominator: now.denominator,
    previousValue: before,
    rank: null,
    withheldReason: now.withheldReason,
  });
}

const toScorePeriod = (p: NamedPeriod) => Object.assign(new ScorePeriod(), p);

/** Ranks each indicator across the scorecards: 1 the best, ties sharing a rank (1, 2, 2, 4). */
function rank(cards: Scorecard[]): void {
  INDICATOR_DEFINITIONS.forEach((definition, i) => {
    if (!definition.better) return;
    const sign = definition.better === "HIGHER" ? -1 : 1;
    const figures = cards.map((c) => c.indicators[i] as IndicatorFigure).filter((f) => f.value !== null);
    for (const f of figures) f.rank = 1 + figures.filter((g) => sign * ((g.value as number) - (f.value as number)) < 0).length;
  });
}

/** 成效评估: scorecards of divisions, compared, and indicators over time. */
@Resolver()
export class ScorecardResolver {
  @Query(() => Scorecard, { nullable: true, description: "A city's, street's or community's scorecard for a period (成效评估), against the period before; null for a division the registry does not know." })
  async scorecard(
    @Arg("divisionCode", () => String, { description: "The city's 6 digits, a street's 9 or a community's 12." }) divisionCode: string,
    @Arg("period", () => PeriodInput, { description: "A month, a quarter, or a range." }) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<Scorecard | null> {
    const prefix = divisionCodeArg(divisionCode, "divisionCode", [6, 9, 12]);
    const periods = periodOf(period);
    const [division, figures] = await Promise.all([divisionLoader(ctx).load(registryCode(prefix)), figuresOf(ctx, [prefix], [periods.period, periods.previous])]);
    if (!division) return null;
    return this.card(ctx, prefix, division.name, periods, figures.get(prefix) ?? []);
  }

  @Query(() => [Scorecard], { description: "The scorecards of a city's streets or a street's communities for a period, each indicator ranked among them (1 the best)." })
  async scorecards(
    @Arg("parentCode", () => String, { description: "The city's 6 digits (its streets) or a street's 9 (its communities)." }) parentCode: string,
    @Arg("period", () => PeriodInput, { description: "A month, a quarter, or a range." }) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<Scorecard[]> {
    const parent = divisionCodeArg(parentCode, "parentCode", [6, 9]);
    const periods = periodOf(period);
    const children = await ctx.reads.registry.childrenOf([registryCode(parent)]);
    const prefixes = children.map((c) => divisionPrefix(c.code));
    const figures = await figuresOf(ctx, prefixes, [periods.period, periods.previous]);
    const cards = children.map((c, i) => this.card(ctx, prefixes[i] as string, c.name, periods, figures.get(prefixes[i] as string) ?? []));
    rank(cards);
    return cards;
  }

  @Query(() => [SeriesPoint], { description: "Indicators of a division week by week or month by month (趋势), over at most 60 steps." })
  async indicatorSeries(
    @Arg("divisionCode", () => String, { description: "The city's 6 digits, a street's 9 or a community's 12." }) divisionCode: string,
    @Arg("indicators", () => [Indicator], { description: "Which indicators." }) indicators: IndicatorValue[],
    @Arg("from", () => Date, { description: "The first step is the one holding this time." }) from: Date,
    @Arg("to", () => Date, { description: "Steps up to this time (exclusive)." }) to: Date,
    @Arg("interval", () => SeriesInterval, { description: "Weeks or months." }) interval: SeriesIntervalValue,
    @Ctx() ctx: Context,
  ): Promise<SeriesPoint[]> {
    const prefix = divisionCodeArg(divisionCode, "divisionCode", [6, 9, 12]);
    if (indicators.length === 0) throw badArgument("indicators", "Name at least one indicator");
    const steps = seriesPeriods(from, to, interval);
    const figures = (await figuresOf(ctx, [prefix], steps)).get(prefix) ?? [];
    const definitions = INDICATOR_DEFINITIONS.filter((d) => indicators.includes(d.indicator));
    return steps.map((step, i) =>
      Object.assign(new SeriesPoint(), {
        period: toScorePeriod(step),
        figures: definitions.map((d) => figure(ctx, d, figures[i] as Figures, i > 0 ? figures[i - 1] : undefined)),
      }),
    );
  }

  private card(ctx: Context, prefix: string, name: string | null, periods: { period: NamedPeriod; previous: NamedPeriod }, figures: Figures[]): Scorecard {
    const [current, previous] = figures as [Figures, Figures];
    return Object.assign(new Scorecard(), {
      divisionCode: prefix,
      divisionName: name,
      period: toScorePeriod(periods.period),
      previousPeriod: toScorePeriod(periods.previous),
      indicators: INDICATOR_DEFINITIONS.map((d) => figure(ctx, d, current, previous)),
    });
  }
}
