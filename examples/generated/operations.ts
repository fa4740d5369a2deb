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

/** Summon departments to an event (吹哨). */
export type BlowWhistleInput = {
  /** Departments summoned (1 to 20, each named once). */
  departments: Array<string>;
  /** The street (9 digits) or community (12) blowing the whistle; the event must lie in it. */
  divisionCode: string;
  /** The event. */
  eventId: string | number;
  /** What they are summoned for (吹哨事由). */
  note: string;
};

/** Book a venue for a time slot (预约场地). */
export type BookVenueInput = {
  /** Who books (预约人), at most 40 characters. */
  bookerName: string;
  /** Booker's phone number. */
  bookerPhone?: string | null | undefined;
  /** End, after the start, on the same local day, at most 12 hours later and by closing time. */
  endsAt: string;
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** What the venue is used for (用途), at most 200 characters. */
  purpose: string;
  /** Start; in the future and within the venue's opening hours (local time). */
  startsAt: string;
  /** The venue. */
  venueId: string | number;
};

/** Cancel a confirmed booking (取消预约); its slot becomes bookable again. */
export type CancelBookingInput = {
  /** The booking. */
  bookingId: string | number;
};

/** Withdraw a demand that has not been served (取消点单). */
export type CancelDemandInput = {
  /** The demand. */
  demandId: string | number;
  /** The demand's version as the caller last saw it. */
  expectedVersion: number;
  /** Why it is cancelled (取消原因), at most 500 characters. */
  reason: string;
};

/** One of the three centres whose changes stream live. */
export type Centre =
  /** The civilisation practice centre (新时代文明实践中心). */
  | 'CIVIC'
  /** The comprehensive governance centre (综治中心). */
  | 'GOVERNANCE'
  /** The party-mass service centre (党群服务中心). */
  | 'PARTY';

/** What happened to the row. */
export type ChangeOperation =
  /** It was deleted; the node is null. */
  | 'DELETE'
  /** It was created. */
  | 'INSERT'
  /** It was changed. */
  | 'UPDATE';

/** A step of the 点单-派单-接单-评单 workflow, each its own mutation. */
export type DemandAction =
  /** A volunteer of that team takes it (接单), acceptDemand: DISPATCHED → ACCEPTED. */
  | 'ACCEPT'
  /** Withdraw it (取消), cancelDemand: ORDERED, DISPATCHED or ACCEPTED → CANCELLED. */
  | 'CANCEL'
  /** The service has been given (完成服务), completeDemand: ACCEPTED → DONE. */
  | 'COMPLETE'
  /** Dispatch to a volunteer team (派单), dispatchDemand: ORDERED → DISPATCHED. */
  | 'DISPATCH'
  /** The resident rates it (评单), rateDemand: DONE → RATED. */
  | 'RATE';

/** Step of the 点单-派单-接单-评单 workflow. */
export type DemandStatus =
  /** Accepted by a volunteer (接单). */
  | 'ACCEPTED'
  /** Cancelled (已取消). */
  | 'CANCELLED'
  /** Dispatched to a team (派单). */
  | 'DISPATCHED'
  /** Service done (已服务). */
  | 'DONE'
  /** Ordered by a resident (点单). */
  | 'ORDERED'
  /** Rated by the resident (评单). */
  | 'RATED';

/** A step of the event lifecycle (办理操作). */
export type EventAction =
  /** Accept a reported event (受理): REPORTED → ACCEPTED. */
  | 'ACCEPT'
  /** Hand it to a department or grid worker (交办): ACCEPTED → ASSIGNED. */
  | 'ASSIGN'
  /** Close it (办结): VERIFIED → CLOSED. */
  | 'CLOSE'
  /** Refuse it as not actionable (不予受理): REPORTED or ACCEPTED → REJECTED; needs a note. */
  | 'REJECT'
  /** A check found it not dealt with, handle it again (回退): RESPONDED or VERIFIED → IN_PROGRESS; needs a note. */
  | 'REOPEN'
  /** Report back what was done (反馈): IN_PROGRESS → RESPONDED. */
  | 'RESPOND'
  /** Start handling it (处置): ASSIGNED → IN_PROGRESS. */
  | 'START'
  /** Check the result on site (核查): RESPONDED → VERIFIED. */
  | 'VERIFY';

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

/** How an event reached the centre (来源渠道). */
export type EventChannel =
  /** Resident app (随手拍/APP). */
  | 'APP'
  /** Grid worker's patrol (网格巡查). */
  | 'GRID_PATROL'
  /** 12345 government hotline (12345热线). */
  | 'HOTLINE_12345'
  /** Walk-in at the centre (来访). */
  | 'WALK_IN';

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

/** A point on the map (WGS-84). */
export type GeoPointInput = {
  /** Latitude, -90 to 90. */
  lat: number;
  /** Longitude, -180 to 180. */
  lng: number;
};

/** Employment of a grid worker (网格员类型). */
export type GridWorkerKind =
  /** Full-time grid worker (专职网格员). */
  | 'FULL_TIME'
  /** Part-time grid worker (兼职网格员). */
  | 'PART_TIME';

/** What kind of helper a match proposes. */
export type HelperKind =
  /** An upcoming activity (活动) of the civic centre of the same category. */
  | 'ACTIVITY'
  /** An in-service party member (在职党员) of the party centre: they `claimMicroWish`. */
  | 'PARTY_MEMBER'
  /** A red station (红色驿站) near where the need is. */
  | 'RED_STATION'
  /** An open service post (服务岗位) of the party centre whose skills fit. */
  | 'SERVICE_POST'
  /** A venue (阵地) of the community's party-mass service complex. */
  | 'VENUE'
  /** A volunteer (志愿者) of the civic centre: dispatch an order to their team, or they accept it. */
  | 'VOLUNTEER'
  /** A volunteer team (志愿服务队) of the civic centre: `dispatchDemand` to it. */
  | 'VOLUNTEER_TEAM';

/** One figure of a scorecard (评估指标); `IndicatorFigure.definition` says exactly what it counts. */
export type Indicator =
  /** Activities held in the period (活动开展数). */
  | 'ACTIVITIES_HELD'
  /** Deliberations held in the period that adopted a resolution (议事决议数). */
  | 'DELIBERATIONS_RESOLVED'
  /** Share of the events the period's deliberations took up that are closed now (议事事项办结率). */
  | 'DELIBERATION_EVENTS_CLOSED'
  /** Share of the departments summoned in the period that reported (报到率). */
  | 'DEPARTMENT_REPORT_RATE'
  /** Events closed in the period (事件办结数). */
  | 'EVENTS_CLOSED'
  /** Events reported in the period (事件上报数). */
  | 'EVENTS_REPORTED'
  /** Share of the period's reported events that are closed now (办结率). */
  | 'EVENT_CLOSURE_RATE'
  /** Mean rating of the orders finished in the period (满意度均分). */
  | 'MEAN_RATING'
  /** Median days from posting to claim of the wishes claimed in the period (认领时长中位数). */
  | 'MEDIAN_DAYS_TO_CLAIM'
  /** Median hours from order to acceptance of the orders accepted in the period (接单时长中位数). */
  | 'MEDIAN_HOURS_TO_ACCEPT'
  /** Median hours from report to close of the period's closed events (办结时长中位数). */
  | 'MEDIAN_HOURS_TO_CLOSE'
  /** Median hours from whistle to a summoned department's report (报到时长中位数). */
  | 'MEDIAN_HOURS_TO_REPORT'
  /** Share of the period's mediations that ended in an agreement (调解成功率). */
  | 'MEDIATION_SUCCESS_RATE'
  /** Share of in-service party members reported to the division who served in the period (党员履职率). */
  | 'MEMBER_SERVICE_RATE'
  /** Share of the period's residents' needs, from all three centres, answered within 7 days (需求7日响应率). */
  | 'NEEDS_ANSWERED_IN_7_DAYS'
  /** Share of the period's closed events closed by their due time (按期办结率). */
  | 'ON_TIME_CLOSURE_RATE'
  /** Events open now (在办事件数). */
  | 'OPEN_EVENTS_NOW'
  /** Service orders placed in the period (点单数). */
  | 'ORDERS_PLACED'
  /** Share of the period's orders that are done now (完成率). */
  | 'ORDER_COMPLETION_RATE'
  /** Open events past their due time now (超期事件数). */
  | 'OVERDUE_EVENTS_NOW'
  /** Service posts claimed in the period (岗位认领数). */
  | 'POST_CLAIMS'
  /** Risk assessments of level CRITICAL in the period (重大风险评估数). */
  | 'RISK_ASSESSMENTS_CRITICAL'
  /** Risk assessments of level HIGH in the period (高风险评估数). */
  | 'RISK_ASSESSMENTS_HIGH'
  /** Risk assessments of level LOW in the period (低风险评估数). */
  | 'RISK_ASSESSMENTS_LOW'
  /** Risk assessments of level MEDIUM in the period (中风险评估数). */
  | 'RISK_ASSESSMENTS_MEDIUM'
  /** Share of the period's rated orders rated 4 or 5 (满意率). */
  | 'SATISFACTION_RATE'
  /** Checked-in volunteers over the seats of the period's activities (上座率). */
  | 'SEAT_FILL_RATE'
  /** Events put under supervision in the period (督办事件数). */
  | 'SUPERVISED_EVENTS'
  /** Booked hours over opening hours of the venues (阵地利用率). */
  | 'VENUE_UTILISATION'
  /** Volunteer hours credited for the activities held in the period (志愿服务时长). */
  | 'VOLUNTEER_HOURS'
  /** Whistles blown in the period (吹哨数). */
  | 'WHISTLES_BLOWN'
  /** Micro-wishes fulfilled in the period (微心愿兑现数). */
  | 'WISHES_FULFILLED';

/** State of a 三方联动 meeting. */
export type JointMeetingStatus =
  /** Called off (已取消). */
  | 'CANCELLED'
  /** Held, its outcome recorded (已召开); public from then on. */
  | 'HELD'
  /** Scheduled (已安排). */
  | 'SCHEDULED';

/** Why a helper scored what it did; each reason adds its weight to the score (a negative weight takes away). */
export type MatchReasonCode =
  /** Its focus or category is the need's category. */
  | 'CATEGORY_FIT'
  /** Within 1 km of where the need is: the closer, the more. */
  | 'NEARBY'
  /** Already carries open tasks: each takes away. */
  | 'OPEN_LOAD'
  /** Residents rated its past service: above 3 of 5 adds, below takes away. */
  | 'PAST_RATING'
  /** In the need's community. */
  | 'SAME_COMMUNITY'
  /** In the need's grid. */
  | 'SAME_GRID'
  /** Serving the need's street. */
  | 'SAME_STREET'
  /** Has seats or places free. */
  | 'SEATS_FREE'
  /** One of its skills (or a post's wanted skills) appears in what the resident wrote. */
  | 'SKILL_FIT';

/** State of a micro-wish. */
export type MicroWishStatus =
  /** Claimed by a member (已认领). */
  | 'CLAIMED'
  /** Fulfilled (已实现). */
  | 'FULFILLED'
  /** Waiting for a member to claim it (待认领). */
  | 'OPEN';

/** Which centre holds a resident need. */
export type NeedSource =
  /** A service order (点单) at the civilisation practice centre. */
  | 'CIVIC'
  /** A livelihood request (民生诉求) event at the governance centre. */
  | 'GOVERNANCE'
  /** A micro-wish (微心愿) at the party-mass service centre. */
  | 'PARTY';

/** A need's state, common to all three centres (Open311-style). */
export type NeedState =
  /** Cancelled or rejected. */
  | 'CLOSED_UNMET'
  /** Someone has taken it up. */
  | 'IN_PROGRESS'
  /** Fulfilled, done or closed with a result. */
  | 'MET'
  /** Nobody has taken it up yet. */
  | 'OPEN';

/** How party building reaches a property company (红色物业). */
export type PartyBuilding =
  /** It has no party organisation; the community appointed a party-building liaison (党建联络员). */
  | 'LIAISON'
  /** Neither yet. */
  | 'NONE'
  /** It has its own party organisation (物业企业党组织). */
  | 'ORGANIZATION';

/** How a party member relates to the community. */
export type PartyMemberKind =
  /** In-service member reporting to the community (在职党员进社区报到). */
  | 'IN_SERVICE'
  /** Mobile member (流动党员). */
  | 'MOBILE'
  /** Registered here (在册党员). */
  | 'REGISTERED';

/** A resident's order for a volunteer service (群众点单). */
export type PlaceDemandInput = {
  /** Kind of service wanted (服务类别). */
  category: ActivityCategory;
  /** Code of the resident's community (12 digits); it must exist in the division registry. */
  communityCode: string;
  /** What is needed, at most 4000 characters. */
  description: string;
  /** Code of the resident's grid (15 digits), inside the community; it must exist. */
  gridCode?: string | null | undefined;
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Resident's name (居民姓名), at most 40 characters. */
  residentName: string;
  /** Resident's phone number (联系电话). */
  residentPhone?: string | null | undefined;
  /** Short title, at most 200 characters. */
  title: string;
};

/** A resident's new micro-wish (微心愿). */
export type PostMicroWishInput = {
  /** Code of the resident's community (12 digits); it must exist in the division registry. */
  communityCode: string;
  /** Details (详细说明), at most 2000 characters. */
  description: string;
  /** Code of the resident's grid (15 digits), inside the community; it must exist. */
  gridCode?: string | null | undefined;
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Resident's name (居民姓名), at most 40 characters. */
  residentName: string;
  /** Resident's phone number (联系电话). */
  residentPhone?: string | null | undefined;
  /** The wish in a few words (心愿), at most 120 characters. */
  title: string;
};

/** The resident rates the service (评单). */
export type RateDemandInput = {
  /** The demand. */
  demandId: string | number;
  /** The demand's version as the caller last saw it. */
  expectedVersion: number;
  /** Resident's comments (评价意见), at most 2000 characters. */
  feedback?: string | null | undefined;
  /** Rating from 1 (poor) to 5 (excellent) (评分). */
  rating: number;
};

/** A new event (事件上报). */
export type ReportEventInput = {
  /** Address, at most 200 characters. */
  address: string;
  /** Category; with urgency it sets the due time (办理时限). */
  category: EventCategory;
  /** Channel it arrived through. */
  channel: EventChannel;
  /** What happened, at most 4000 characters. */
  description: string;
  /** Code of the grid where it happened (15 digits). */
  gridCode: string;
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: string | null | undefined;
  /** Where exactly; must lie inside the city. */
  location?: GeoPointInput | null | undefined;
  /** Reporting resident's name, when a resident reports. */
  reporterName?: string | null | undefined;
  /** Reporting resident's phone number. */
  reporterPhone?: string | null | undefined;
  /** Short title, at most 200 characters. */
  title: string;
  /** Urgency. */
  urgency: EventUrgency;
};

/** A summoned department reports (报到) and records its action. */
export type ReportToWhistleInput = {
  /** What it did (处置情况). */
  action: string;
  /** The reporting department; it must have been summoned. */
  department: string;
  /** The whistle. */
  whistleId: string | number;
};

/** Assessed risk level (风险等级). */
export type RiskLevel =
  /** Critical (重大). */
  | 'CRITICAL'
  /** High (高). */
  | 'HIGH'
  /** Low (低). */
  | 'LOW'
  /** Medium (中). */
  | 'MEDIUM';

/** Put an overdue event under supervision (督办), change its level, or lift it. */
export type SuperviseEventInput = {
  /** The event. */
  eventId: string | number;
  /** The event's version as the caller last saw it. */
  expectedVersion: number;
  /** Supervision level; null lifts supervision (撤销督办). */
  level?: SupervisionLevel | null | undefined;
  /** Instructions or reason (督办意见). */
  note?: string | null | undefined;
};

/** Supervision level of an overdue event (督办级别). */
export type SupervisionLevel =
  /** Ordinary supervision (普通督办). */
  | 'ORDINARY'
  /** Red-card supervision (红牌督办). */
  | 'RED_CARD'
  /** Yellow-card supervision (黄牌督办). */
  | 'YELLOW_CARD';

/** One lifecycle step of an event (流转). */
export type TransitionEventInput = {
  /** The step to take. */
  action: EventAction;
  /** For ASSIGN: the department taking it over (承办部门). */
  department?: string | null | undefined;
  /** The event. */
  eventId: string | number;
  /** The event's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: number;
  /** Why, in the actor's words (意见); required for REJECT and REOPEN. */
  note?: string | null | undefined;
  /** For ASSIGN: the grid worker taking it over. */
  workerId?: string | number | null | undefined;
};

/** State of a venue booking (预约状态). */
export type VenueBookingStatus =
  /** Cancelled: the slot is free again (已取消). */
  | 'CANCELLED'
  /** Confirmed: the slot is held (已确认). */
  | 'CONFIRMED';

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

export type CommunityRankingQueryVariables = Exact<{
  street: string;
  quarter: string;
}>;


export type CommunityRankingQuery = { scorecards: Array<{ divisionCode: string, divisionName: string | null, indicators: Array<{ indicator: Indicator, term: string, value: number | null, rank: number | null }> }> };

export type StreetScorecardQueryVariables = Exact<{
  street: string;
  month: string;
}>;


export type StreetScorecardQuery = { scorecard: { divisionName: string | null, period: { label: string, from: string, to: string }, previousPeriod: { label: string }, indicators: Array<{ indicator: Indicator, centre: Centre | null, term: string, unit: string, value: number | null, numerator: number | null, denominator: number | null, previousValue: number | null, withheldReason: string | null }> } | null };

export type StreetTrendQueryVariables = Exact<{
  street: string;
  from: string;
  to: string;
}>;


export type StreetTrendQuery = { indicatorSeries: Array<{ period: { label: string }, figures: Array<{ indicator: Indicator, value: number | null, numerator: number | null, denominator: number | null }> }> };

export type UnmatchedNeedsQueryVariables = Exact<{
  street: string;
}>;


export type UnmatchedNeedsQuery = { unmatchedNeeds: { totalCount: number, needs: Array<
      | { id: string, source: NeedSource, title: string, communityCode: string, requestedAt: string, matches: Array<{ kind: HelperKind, score: number, reasons: Array<{ code: MatchReasonCode, weight: number, detail: string }>, helper:
            | { __typename: 'Activity', id: string }
            | { __typename: 'Community', id: string }
            | { __typename: 'Deliberation', id: string }
            | { __typename: 'Demand', id: string }
            | { __typename: 'Division', id: string }
            | { __typename: 'Enrolment', id: string }
            | { __typename: 'Event', id: string }
            | { __typename: 'Grid', id: string }
            | { __typename: 'GridWorker', id: string }
            | { __typename: 'JointMeeting', id: string }
            | { __typename: 'Mediation', id: string }
            | { __typename: 'MicroWish', id: string }
            | { __typename: 'PartyMember', id: string }
            | { __typename: 'PartyOrganization', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'PracticeSite', id: string }
            | { __typename: 'PropertyCompany', id: string }
            | { __typename: 'PropertyRating', id: string }
            | { __typename: 'RedStation', id: string }
            | { __typename: 'ResidentialCompound', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'ServicePost', id: string }
            | { __typename: 'Venue', id: string }
            | { __typename: 'VenueBooking', id: string }
            | { __typename: 'Volunteer', id: string }
            | { __typename: 'VolunteerTeam', id: string }
            | { __typename: 'Whistle', id: string }
           }> }
      | { id: string, source: NeedSource, title: string, communityCode: string, requestedAt: string, matches: Array<{ kind: HelperKind, score: number, reasons: Array<{ code: MatchReasonCode, weight: number, detail: string }>, helper:
            | { __typename: 'Activity', id: string }
            | { __typename: 'Community', id: string }
            | { __typename: 'Deliberation', id: string }
            | { __typename: 'Demand', id: string }
            | { __typename: 'Division', id: string }
            | { __typename: 'Enrolment', id: string }
            | { __typename: 'Event', id: string }
            | { __typename: 'Grid', id: string }
            | { __typename: 'GridWorker', id: string }
            | { __typename: 'JointMeeting', id: string }
            | { __typename: 'Mediation', id: string }
            | { __typename: 'MicroWish', id: string }
            | { __typename: 'PartyMember', id: string }
            | { __typename: 'PartyOrganization', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'PracticeSite', id: string }
            | { __typename: 'PropertyCompany', id: string }
            | { __typename: 'PropertyRating', id: string }
            | { __typename: 'RedStation', id: string }
            | { __typename: 'ResidentialCompound', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'ServicePost', id: string }
            | { __typename: 'Venue', id: string }
            | { __typename: 'VenueBooking', id: string }
            | { __typename: 'Volunteer', id: string }
            | { __typename: 'VolunteerTeam', id: string }
            | { __typename: 'Whistle', id: string }
           }> }
      | { id: string, source: NeedSource, title: string, communityCode: string, requestedAt: string, matches: Array<{ kind: HelperKind, score: number, reasons: Array<{ code: MatchReasonCode, weight: number, detail: string }>, helper:
            | { __typename: 'Activity', id: string }
            | { __typename: 'Community', id: string }
            | { __typename: 'Deliberation', id: string }
            | { __typename: 'Demand', id: string }
            | { __typename: 'Division', id: string }
            | { __typename: 'Enrolment', id: string }
            | { __typename: 'Event', id: string }
            | { __typename: 'Grid', id: string }
            | { __typename: 'GridWorker', id: string }
            | { __typename: 'JointMeeting', id: string }
            | { __typename: 'Mediation', id: string }
            | { __typename: 'MicroWish', id: string }
            | { __typename: 'PartyMember', id: string }
            | { __typename: 'PartyOrganization', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'PracticeSite', id: string }
            | { __typename: 'PropertyCompany', id: string }
            | { __typename: 'PropertyRating', id: string }
            | { __typename: 'RedStation', id: string }
            | { __typename: 'ResidentialCompound', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'ServicePost', id: string }
            | { __typename: 'Venue', id: string }
            | { __typename: 'VenueBooking', id: string }
            | { __typename: 'Volunteer', id: string }
            | { __typename: 'VolunteerTeam', id: string }
            | { __typename: 'Whistle', id: string }
           }> }
    > } };

export type CommunityPageQueryVariables = Exact<{
  code: string;
}>;


export type CommunityPageQuery = { community: { id: string, code: string, name: string, partyMemberCount: number | null, street: { name: string } | null, venues: Array<{ id: string, name: string, kind: VenueKind, opensAt: string, closesAt: string }> | null, redStations: Array<{ id: string, name: string, address: string, amenities: Array<string> }> | null, activities: Array<{ id: string, title: string, category: ActivityCategory, startsAt: string, location: string }> | null, demands: Array<{ id: string, title: string, status: DemandStatus, orderedAt: string }> | null, grids: Array<{ code: string, name: string, population: number, households: number }> | null, events: { totalCount: number, edges: Array<{ node: { id: string, code: string, title: string, status: EventStatus, urgency: EventUrgency, dueAt: string } }> } | null, riskAssessments: Array<{ topic: string, level: RiskLevel, assessedAt: string }> | null } | null };

export type CommunityDashboardSubscriptionVariables = Exact<{
  code: string;
}>;


export type CommunityDashboardSubscription = { communityStats: { communityCode: string, overdueEvents: number, openDemands: number, openMicroWishes: number, activitiesToday: number, bookingsToday: number, countedAt: string, openEventsByStatus: Array<{ status: EventStatus, count: number }> } };

export type StreetEventFeedSubscriptionVariables = Exact<{
  streetCode: string;
  after?: string | null | undefined;
}>;


export type StreetEventFeedSubscription = { eventChanged: { cursor: string, operation: ChangeOperation, id: string, at: string, event: { id: string, code: string, title: string, category: EventCategory, urgency: EventUrgency, status: EventStatus, dueAt: string, supervisionLevel: SupervisionLevel | null, gridCode: string } | null } };

export type JurisdictionChangesSubscriptionVariables = Exact<{
  prefix: string;
  after?: string | null | undefined;
}>;


export type JurisdictionChangesSubscription = { changes: { cursor: string, source: Centre, entity: string, operation: ChangeOperation, id: string, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { title: string, id: string, demandStatus: DemandStatus }
      | { id: string }
      | { id: string }
      | { code: string, title: string, id: string, eventStatus: EventStatus }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { title: string, id: string, wishStatus: MicroWishStatus }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { purpose: string, startsAt: string, id: string, bookingStatus: VenueBookingStatus }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type GridWorkerEventsQueryVariables = Exact<{
  gridCode: string;
  after?: string | null | undefined;
}>;


export type GridWorkerEventsQuery = { grid: { code: string, name: string, workers: Array<{ name: string, isGridLeader: boolean }>, events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, category: EventCategory, urgency: EventUrgency, status: EventStatus, address: string, dueAt: string, gridWorker: { name: string } | null, history: Array<{ action: string, actor: string, at: string, note: string | null }> } }> } } | null };

export type ReportEventMutationVariables = Exact<{
  input: ReportEventInput;
}>;


export type ReportEventMutation = { reportEvent: { replayed: boolean, event: { id: string, code: string, status: EventStatus, version: number, dueAt: string, allowedActions: Array<EventAction> } } };

export type TakeEventStepMutationVariables = Exact<{
  input: TransitionEventInput;
}>;


export type TakeEventStepMutation = { transitionEvent: { event: { id: string, status: EventStatus, version: number, allowedActions: Array<EventAction>, assignedDepartment: string | null, gridWorker: { name: string } | null, history: Array<{ action: string, fromStatus: EventStatus | null, toStatus: EventStatus, actor: string, note: string | null, at: string }> } } };

export type SupervisionListQueryVariables = Exact<{
  divisionCode: string;
  after?: string | null | undefined;
}>;


export type SupervisionListQuery = { supervisionList: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, title: string, status: EventStatus, dueAt: string, supervisionLevel: SupervisionLevel | null, version: number, pendingDepartments: Array<string> } }> } };

export type SuperviseEventMutationVariables = Exact<{
  input: SuperviseEventInput;
}>;


export type SuperviseEventMutation = { superviseEvent: { event: { id: string, supervisionLevel: SupervisionLevel | null, version: number } } };

export type BlowWhistleMutationVariables = Exact<{
  input: BlowWhistleInput;
}>;


export type BlowWhistleMutation = { blowWhistle: { whistle: { id: string, summons: Array<{ department: string, reportedAt: string | null }> }, event: { id: string, pendingDepartments: Array<string> } } };

export type ReportToWhistleMutationVariables = Exact<{
  input: ReportToWhistleInput;
}>;


export type ReportToWhistleMutation = { reportToWhistle: { whistle: { id: string, summons: Array<{ department: string, reportedAt: string | null, action: string | null }> }, event: { id: string, pendingDepartments: Array<string> } } };

export type NearbyRedStationsQueryVariables = Exact<{
  lat: number;
  lng: number;
}>;


export type NearbyRedStationsQuery = { redStations: Array<{ id: string, name: string, address: string, amenities: Array<string>, opensAt: string, closesAt: string, distanceMeters: number | null }> };

export type NeedsListQueryVariables = Exact<{
  divisionCode: string;
  after?: string | null | undefined;
}>;


export type NeedsListQuery = { needs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'Demand', category: ActivityCategory, id: string, source: NeedSource, title: string, communityCode: string, requestedAt: string, needState: NeedState, demandStatus: DemandStatus }
        | { __typename: 'Event', code: string, urgency: EventUrgency, id: string, source: NeedSource, title: string, communityCode: string, requestedAt: string, needState: NeedState, eventStatus: EventStatus }
        | { __typename: 'MicroWish', id: string, source: NeedSource, title: string, communityCode: string, requestedAt: string, needState: NeedState, wishStatus: MicroWishStatus }
       }> } };

export type PersonProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonProfileQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string, partyMemberships: Array<{ id: string, kind: PartyMemberKind, communityCode: string, gridCode: string | null, workplace: string | null, skills: Array<string>, joinedOn: string }> | null, volunteerRecords: Array<{ id: string, volunteerNo: string, communityCode: string, skills: Array<string>, totalHours: number }> | null, gridWorkerPosts: Array<{ id: string, gridCode: string, kind: GridWorkerKind, isGridLeader: boolean }> | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type RedPropertyQueryVariables = Exact<{
  street: string;
  community: string;
}>;


export type RedPropertyQuery = { propertyCompanies: { totalCount: number, edges: Array<{ node: { name: string, partyBuilding: PartyBuilding, ratings: { count: number, meanScore: number | null, satisfiedShare: number | null, withheldReason: string | null }, compounds: Array<{ name: string, households: number }> } }> }, community: { name: string, residentialCompounds: Array<{ name: string, ownersCommittee: boolean, company: { name: string, partyBuilding: PartyBuilding } | null, jointMeetings: Array<{ topic: string, heldAt: string, status: JointMeetingStatus, resolutions: Array<string> }> }> } | null };

export type PlaceDemandMutationVariables = Exact<{
  input: PlaceDemandInput;
}>;


export type PlaceDemandMutation = { placeDemand: { replayed: boolean, demand: { id: string, status: DemandStatus, version: number, allowedActions: Array<DemandAction>, orderedAt: string } } };

export type DemandProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandProgressQuery = { node:
    | { id: string, status: DemandStatus, version: number, allowedActions: Array<DemandAction>, doneAt: string | null, dispatchedTeam: { name: string } | null, acceptedVolunteer: { name: string } | null }
    | Record<PropertyKey, never>
   | null };

export type RateDemandMutationVariables = Exact<{
  input: RateDemandInput;
}>;


export type RateDemandMutation = { rateDemand: { demand: { id: string, status: DemandStatus, rating: number | null, feedback: string | null, version: number } } };

export type CancelDemandMutationVariables = Exact<{
  input: CancelDemandInput;
}>;


export type CancelDemandMutation = { cancelDemand: { demand: { id: string, status: DemandStatus, cancelReason: string | null, version: number } } };

export type PostMicroWishMutationVariables = Exact<{
  input: PostMicroWishInput;
}>;


export type PostMicroWishMutation = { postMicroWish: { replayed: boolean, microWish: { id: string, status: MicroWishStatus, version: number, title: string } } };

export type VenueScheduleQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VenueScheduleQuery = { community: { venues: Array<{ id: string, name: string, kind: VenueKind, opensAt: string, closesAt: string, takenSlots: Array<{ startsAt: string, endsAt: string }> }> | null } | null };

export type BookVenueMutationVariables = Exact<{
  input: BookVenueInput;
}>;


export type BookVenueMutation = { bookVenue: { replayed: boolean, booking: { id: string, status: VenueBookingStatus, startsAt: string, endsAt: string, venue: { name: string } } } };

export type CancelBookingMutationVariables = Exact<{
  input: CancelBookingInput;
}>;


export type CancelBookingMutation = { cancelBooking: { booking: { id: string, status: VenueBookingStatus, cancelledAt: string | null } } };

export type StreetOverdueEventsQueryVariables = Exact<{
  streetCode: string;
  after?: string | null | undefined;
}>;


export type StreetOverdueEventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, communityCode: string, title: string, status: EventStatus, urgency: EventUrgency, dueAt: string, supervisionLevel: SupervisionLevel | null } }> } };


export const CommunityRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"street"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"street"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"quarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarter"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityRankingQuery, CommunityRankingQueryVariables>;
export const StreetScorecardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetScorecard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"street"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"street"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"centre"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}}]}}]}}]}}]} as unknown as DocumentNode<StreetScorecardQuery, StreetScorecardQueryVariables>;
export const StreetTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"street"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"street"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EVENT_CLOSURE_RATE"},{"kind":"EnumValue","value":"ON_TIME_CLOSURE_RATE"},{"kind":"EnumValue","value":"SATISFACTION_RATE"},{"kind":"EnumValue","value":"MEMBER_SERVICE_RATE"},{"kind":"EnumValue","value":"NEEDS_ANSWERED_IN_7_DAYS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]}}]} as unknown as DocumentNode<StreetTrendQuery, StreetTrendQueryVariables>;
export const UnmatchedNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnmatchedNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"street"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmatchedNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"street"}}},{"kind":"Argument","name":{"kind":"Name","value":"olderThanHours"},"value":{"kind":"IntValue","value":"48"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"helper"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnmatchedNeedsQuery, UnmatchedNeedsQueryVariables>;
export const CommunityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"households"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityPageQuery, CommunityPageQueryVariables>;
export const CommunityDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommunityDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"openEventsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueEvents"}},{"kind":"Field","name":{"kind":"Name","value":"openDemands"}},{"kind":"Field","name":{"kind":"Name","value":"openMicroWishes"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesToday"}},{"kind":"Field","name":{"kind":"Name","value":"bookingsToday"}},{"kind":"Field","name":{"kind":"Name","value":"countedAt"}}]}}]}}]} as unknown as DocumentNode<CommunityDashboardSubscription, CommunityDashboardSubscriptionVariables>;
export const StreetEventFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StreetEventFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"streetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REPORTED"},{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"gridCode"}}]}}]}}]}}]} as unknown as DocumentNode<StreetEventFeedSubscription, StreetEventFeedSubscriptionVariables>;
export const JurisdictionChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JurisdictionChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionCodePrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"eventStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"demandStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"wishStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VenueBooking"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","alias":{"kind":"Name","value":"bookingStatus"},"name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionChangesSubscription, JurisdictionChangesSubscriptionVariables>;
export const GridWorkerEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridWorkerEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isGridLeader"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"ASSIGNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"RESPONDED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GridWorkerEventsQuery, GridWorkerEventsQueryVariables>;
export const ReportEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ReportEventMutation, ReportEventMutationVariables>;
export const TakeEventStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TakeEventStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"assignedDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"gridWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TakeEventStepMutation, TakeEventStepMutationVariables>;
export const SupervisionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDepartments"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionListQuery, SupervisionListQueryVariables>;
export const SuperviseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuperviseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuperviseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SuperviseEventMutation, SuperviseEventMutationVariables>;
export const BlowWhistleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BlowWhistle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BlowWhistleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blowWhistle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whistle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDepartments"}}]}}]}}]}}]} as unknown as DocumentNode<BlowWhistleMutation, BlowWhistleMutationVariables>;
export const ReportToWhistleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportToWhistle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportToWhistleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportToWhistle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whistle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDepartments"}}]}}]}}]}}]} as unknown as DocumentNode<ReportToWhistleMutation, ReportToWhistleMutationVariables>;
export const NearbyRedStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearbyRedStations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lng"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"lng"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lng"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"withinMeters"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}}]}}]}}]} as unknown as DocumentNode<NearbyRedStationsQuery, NearbyRedStationsQueryVariables>;
export const NeedsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"IN_PROGRESS"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"needState"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicroWish"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"wishStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"demandStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","alias":{"kind":"Name","value":"eventStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedsListQuery, NeedsListQueryVariables>;
export const PersonProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"gridCode"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerNo"}},{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridWorkerPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gridCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isGridLeader"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const RedPropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"street"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"community"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"street"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyBuilding"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedShare"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"households"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"community"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentialCompounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownersCommittee"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partyBuilding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RedPropertyQuery, RedPropertyQueryVariables>;
export const PlaceDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","alias":{"kind":"Name","value":"orderedAt"},"name":{"kind":"Name","value":"requestedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceDemandMutation, PlaceDemandMutationVariables>;
export const DemandProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Demand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVolunteer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<DemandProgressQuery, DemandProgressQueryVariables>;
export const RateDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RateDemandMutation, RateDemandMutationVariables>;
export const CancelDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CancelDemandMutation, CancelDemandMutationVariables>;
export const PostMicroWishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostMicroWish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostMicroWishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postMicroWish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"microWish"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PostMicroWishMutation, PostMicroWishMutationVariables>;
export const VenueScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"takenSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VenueScheduleQuery, VenueScheduleQueryVariables>;
export const BookVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookVenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookVenueMutation, BookVenueMutationVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelBookingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const StreetOverdueEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StreetOverdueEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streetCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"communityCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StreetOverdueEventsQuery, StreetOverdueEventsQueryVariables>;