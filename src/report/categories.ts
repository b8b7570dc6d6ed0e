/** A category advice is grouped and scored under. */
export interface CategoryDefinition {
  /** Id, e.g. `breadth`. */
  readonly id: string;
  /** Display title. */
  readonly title: string;
  /** One line on what it covers. */
  readonly description: string;
}

/** The built-in categories, in display order. */
export const BUILT_IN_CATEGORIES: readonly CategoryDefinition[] = [
  {
    id: 'outreach',
    title: 'Outreach',
    description: 'Answering employers and acting on referrals.',
  },
  { id: 'offers', title: 'Offers', description: 'Deadlines, negotiation and leverage on offers.' },
  {
    id: 'breadth',
    title: 'Breadth',
    description: 'How many companies and how varied the pipeline is.',
  },
  { id: 'momentum', title: 'Momentum', description: 'Applying steadily over time.' },
  { id: 'follow-up', title: 'Follow-up', description: 'Timing of follow-ups and thank-you notes.' },
  { id: 'network', title: 'Network', description: 'Using referrals and contacts.' },
  {
    id: 'data-quality',
    title: 'Data quality',
    description: 'Missing or inconsistent data in the search.',
  },
];
