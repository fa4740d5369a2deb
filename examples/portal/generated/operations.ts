/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Category of civilisation-practice service (服务类别). */
export type ActivityCategory =
  /** Child care (关爱儿童). */
  | 'CHILD_CARE'
  /** Culture (文化服务). */
  | 'CULTURE'
  /** Education (教育服务). */
  | 'EDUCATION'
  /** Elderly care (为老服务). */
  | 'ELDERLY_CARE'
  /** Environment (生态环保). */
  | 'ENVIRONMENT'
  /** Health (健康促进). */
  | 'HEALTH'
  /** Moral lectures (道德讲堂). */
  | 'MORAL_LECTURE'
  /** Poverty relief (助困帮扶). */
  | 'POVERTY_RELIEF'
  /** Science popularisation (科普服务). */
  | 'SCIENCE'
  /** Sports (体育健身). */
  | 'SPORTS'
  /** Theory talks (理论宣讲). */
  | 'THEORY';

/** What happened to the row. */
export type ChangeOperation =
  /** It was deleted; the node is null. */
  | 'DELETE'
  /** It was created. */
  | 'INSERT'
  /** It was changed. */
  | 'UPDATE';

/** Category of a governance event (事件类别). */
export type EventCategory =
  /** Dispute between residents (矛盾纠纷). */
  | 'DISPUTE'
  /** Environment and sanitation (环境卫生). */
  | 'ENVIRONMENT'
  /** Public facilities (公共设施). */
  | 'FACILITIES'
  /** Livelihood request (民生诉求). */
  | 'LIVELIHOOD'
  /** Public order (治安). */
  | 'PUBLIC_ORDER'
  /** Safety hazard (安全隐患). */
  | 'SAFETY_HAZARD';

/** Lifecycle state of an event (办理状态). */
export type EventStatus =
  /** Accepted by the centre (受理). */
  | 'ACCEPTED'
  /** Assigned to a department or worker (交办). */
  | 'ASSIGNED'
  /** Closed (办结). */
  | 'CLOSED'
  /** Being handled (处置). */
  | 'IN_PROGRESS'
  /** Rejected as not actionable (不予受理). */
  | 'REJECTED'
  /** Reported (上报). */
  | 'REPORTED'
  /** Handler responded (反馈). */
  | 'RESPONDED'
  /** Result checked (核查). */
  | 'VERIFIED';

/** How urgent an event is (紧急程度). */
export type EventUrgency =
  /** Critical (特急). */
  | 'CRITICAL'
  /** High (紧急). */
  | 'HIGH'
  /** Low (一般). */
  | 'LOW'
  /** Normal (较急). */
  | 'NORMAL';

/** Kind of room in a party-mass service complex (功能室). */
export type VenueKind =
  /** Calligraphy and painting room (书画室). */
  | 'CALLIGRAPHY_ROOM'
  /** Chess room (棋艺室). */
  | 'CHESS_ROOM'
  /** Cinema (影院). */
  | 'CINEMA'
  /** Dance room (舞蹈室). */
  | 'DANCE_ROOM'
  /** Deliberation room (议事室). */
  | 'MEETING_ROOM'
  /** Shared kitchen (共享厨房). */
  | 'SHARED_KITCHEN'
  /** Wellness room (康养室). */
  | 'WELLNESS_ROOM';

export type PortalCommunityQueryVariables = Exact<{
  code: string;
}>;


export type PortalCommunityQuery = { community: { code: string, name: string, partyMemberCount: number | null, street: { name: string } | null, venues: Array<{ id: string, name: string, kind: VenueKind, opensAt: string, closesAt: string }> | null, redStations: Array<{ id: string, name: string, address: string, amenities: Array<string> }> | null, activities: Array<{ id: string, title: string, category: ActivityCategory, startsAt: string, location: string }> | null, grids: Array<{ code: string, name: string, population: number, households: number }> | null, events: { totalCount: number, edges: Array<{ node: { id: string, code: string, title: string, status: EventStatus, urgency: EventUrgency, dueAt: string } }> } | null } | null };

export type PortalStatsSubscriptionVariables = Exact<{
  code: string;
}>;


export type PortalStatsSubscription = { communityStats: { communityCode: string, overdueEvents: number, openDemands: number, openMicroWishes: number, activitiesToday: number, bookingsToday: number, countedAt: string, openEventsByStatus: Array<{ status: EventStatus, count: number }> } };

export type PortalEventFeedSubscriptionVariables = Exact<{
  code: string;
}>;


export type PortalEventFeedSubscription = { eventChanged: { cursor: string, operation: ChangeOperation, at: string, event: { id: string, code: string, title: string, category: EventCategory, urgency: EventUrgency, status: EventStatus } | null } };


export const PortalCommunityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"RESPONDED"},{"kind":"EnumValue","value":"VERIFIED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalCommunityQuery, PortalCommunityQueryVariables>;
export const PortalStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"openEventsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueEvents"}},{"kind":"Field","name":{"kind":"Name","value":"openDemands"}},{"kind":"Field","name":{"kind":"Name","value":"openMicroWishes"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesToday"}},{"kind":"Field","name":{"kind":"Name","value":"bookingsToday"}},{"kind":"Field","name":{"kind":"Name","value":"countedAt"}}]}}]}}]} as unknown as DocumentNode<PortalStatsSubscription, PortalStatsSubscriptionVariables>;
export const PortalEventFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PortalEventFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PortalEventFeedSubscription, PortalEventFeedSubscriptionVariables>;