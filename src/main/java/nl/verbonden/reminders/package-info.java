/**
 * Reminders: each person's agenda of dated items (Wgr deadlines, zienswijzen, escalations,
 * measurements, agreements ending, risk re-assessments), mailed as a daily or weekly digest with
 * every item once per stage, and subscribable as a calendar feed (docs/decisions/0017).
 */
package nl.verbonden.reminders;
