/** A span of time, from `from` up to (not including) `to`: a month, a quarter, a week, or any range. */
export interface Period {
  from: Date;
  to: Date;
}
