/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** A volunteer of the dispatched team takes the demand (接单). */
export type AcceptDemandInput = {
  /** The demand. */
  demandId: Scalars['ID']['input'];
  /** The volunteer taking it; must belong to the team it was dispatched to. */
  volunteerId: Scalars['ID']['input'];
};

/** A civilisation-practice activity (文明实践活动). */
export type Activity = Node & {
  __typename?: 'Activity';
  /** Closing steps allowed from the current state (可执行操作). */
  allowedActions: Array<ActivityAction>;
  /** Why it was cancelled (取消原因). */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled (取消时间). */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Volunteer seats (名额). */
  capacity: Scalars['Int']['output'];
  /** Category. */
  category: ActivityCategory;
  /** Code of the community it serves. */
  communityCode: Scalars['String']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** End time. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Seats taken (已报名人数). */
  enrolledCount: Scalars['Int']['output'];
  /** Every enrolment (报名), in enrolment order; at most the capacity. */
  enrolments: Array<Enrolment>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Where it takes place (地点). */
  location: Scalars['String']['output'];
  /** The practice site holding it (举办阵地). */
  site: PracticeSite;
  /** Start time. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** State. */
  status: ActivityStatus;
  /** The volunteer team running it, if any. */
  team?: Maybe<VolunteerTeam>;
  /** Title (标题). */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency (版本号): completeActivity and cancelActivity take it; enrolments and check-ins leave it unchanged. */
  version: Scalars['Int']['output'];
};

/** A closing step of an activity, each its own mutation. */
export enum ActivityAction {
  /** Call it off (取消), cancelActivity: PUBLISHED → CANCELLED. */
  Cancel = 'CANCEL',
  /** Mark it held and credit hours to the checked-in (结项), completeActivity: PUBLISHED → COMPLETED. */
  Complete = 'COMPLETE'
}

/** Category of civilisation-practice service (服务类别). */
export enum ActivityCategory {
  /** Child care (关爱儿童). */
  ChildCare = 'CHILD_CARE',
  /** Culture (文化服务). */
  Culture = 'CULTURE',
  /** Education (教育服务). */
  Education = 'EDUCATION',
  /** Elderly care (为老服务). */
  ElderlyCare = 'ELDERLY_CARE',
  /** Environment (生态环保). */
  Environment = 'ENVIRONMENT',
  /** Health (健康促进). */
  Health = 'HEALTH',
  /** Moral lectures (道德讲堂). */
  MoralLecture = 'MORAL_LECTURE',
  /** Poverty relief (助困帮扶). */
  PovertyRelief = 'POVERTY_RELIEF',
  /** Science popularisation (科普服务). */
  Science = 'SCIENCE',
  /** Sports (体育健身). */
  Sports = 'SPORTS',
  /** Theory talks (理论宣讲). */
  Theory = 'THEORY'
}

/** A change of an activity (活动变更). */
export type ActivityChange = {
  __typename?: 'ActivityChange';
  /** The Activity as it is now; null when deleted. */
  activity?: Maybe<Activity>;
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** What happened to the row. */
  operation: ChangeOperation;
};

/** Which activity changes to receive. */
export type ActivityChangeFilter = {
  /** Only these categories. */
  categories?: InputMaybe<Array<ActivityCategory>>;
  /** Only this community (12 digits). */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this grid (15 digits). */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only activities now in one of these states. */
  statuses?: InputMaybe<Array<ActivityStatus>>;
  /** Only this street (9 digits). */
  streetCode?: InputMaybe<Scalars['String']['input']>;
};

/** A page of activities (活动列表). */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The items on this page. */
  edges: Array<ActivityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Activity in a list, with its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Activity;
};

/** Which activities to list. */
export type ActivityFilterInput = {
  /** Only these categories. */
  categories?: InputMaybe<Array<ActivityCategory>>;
  /** A city's 6 digits, a street's 9, a community's 12 (or a grid's 15 where grids apply). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these states. */
  statuses?: InputMaybe<Array<ActivityStatus>>;
};

/** The activity a mutation changed. */
export type ActivityPayload = {
  __typename?: 'ActivityPayload';
  /** The activity as it is now. */
  activity: Activity;
};

/** State of an activity. */
export enum ActivityStatus {
  /** Cancelled (已取消). */
  Cancelled = 'CANCELLED',
  /** Held, hours credited (已完成). */
  Completed = 'COMPLETED',
  /** Not yet published (草稿). */
  Draft = 'DRAFT',
  /** Open for enrolment (已发布). */
  Published = 'PUBLISHED'
}

/** A risk assessment (风险评估/联合研判) of a community. */
export type AssessRiskInput = {
  /** The community (12 digits). */
  communityCode: Scalars['String']['input'];
  /** Risk level. */
  level: RiskLevel;
  /** Events of this community the assessment is about (at most 50). */
  linkedEventIds?: Array<Scalars['ID']['input']>;
  /** Measures decided (防范措施). */
  measures: Scalars['String']['input'];
  /** Topic (研判事项). */
  topic: Scalars['String']['input'];
};

/** A recorded risk assessment. */
export type AssessRiskPayload = {
  __typename?: 'AssessRiskPayload';
  /** The assessment. */
  riskAssessment: RiskAssessment;
};

/** Which audit records to list (all conditions must hold). */
export type AuditLogFilter = {
  /** Only reads of this object type. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Read at or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only this reader (token subject). */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Read before this time. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** One read of personal data in full (个人信息处理记录): who, when, in which role, through which operation, what and why. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** When it was read. */
  at: Scalars['DateTimeISO']['output'];
  /** Type of the object read, e.g. GridWorker. */
  entity: Scalars['String']['output'];
  /** Global id of the object read. */
  entityId: Scalars['ID']['output'];
  /** The field read in full, e.g. phone. */
  field: Scalars['String']['output'];
  /** Record number. */
  id: Scalars['ID']['output'];
  /** Name of the GraphQL operation that read it. */
  operation?: Maybe<Scalars['String']['output']>;
  /** Purpose the reader gave in X-Purpose (处理目的). */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The reader's role. */
  role: Role;
  /** The token's subject of the reader. */
  subject: Scalars['String']['output'];
};

/** A page of audit records, newest first. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The items on this page. */
  edges: Array<AuditRecordEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One AuditRecord in a list, with its cursor. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditRecord;
};

/** Which way an indicator improves, for ranking. */
export enum Better {
  /** A higher value is better: rank 1 is the highest. */
  Higher = 'HIGHER',
  /** A lower value is better: rank 1 is the lowest. */
  Lower = 'LOWER'
}

/** Summon departments to an event (吹哨). */
export type BlowWhistleInput = {
  /** Departments summoned (1 to 20, each named once). */
  departments: Array<Scalars['String']['input']>;
  /** The street (9 digits) or community (12) blowing the whistle; the event must lie in it. */
  divisionCode: Scalars['String']['input'];
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** What they are summoned for (吹哨事由). */
  note: Scalars['String']['input'];
};

/** Book a venue for a time slot (预约场地). */
export type BookVenueInput = {
  /** Who books (预约人), at most 40 characters. */
  bookerName: Scalars['String']['input'];
  /** Booker's phone number. */
  bookerPhone?: InputMaybe<Scalars['String']['input']>;
  /** End, after the start, on the same local day, at most 12 hours later and by closing time. */
  endsAt: Scalars['DateTimeISO']['input'];
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What the venue is used for (用途), at most 200 characters. */
  purpose: Scalars['String']['input'];
  /** Start; in the future and within the venue's opening hours (local time). */
  startsAt: Scalars['DateTimeISO']['input'];
  /** The venue. */
  venueId: Scalars['ID']['input'];
};

/** The new booking. */
export type BookVenuePayload = {
  __typename?: 'BookVenuePayload';
  /** The booking as it is now. */
  booking: VenueBooking;
  /** True when this was a resend: the booking was made by an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** Call an activity off (取消活动); nobody is credited. */
export type CancelActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** The activity's version as the caller last saw it. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (取消原因), at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Cancel a confirmed booking (取消预约); its slot becomes bookable again. */
export type CancelBookingInput = {
  /** The booking. */
  bookingId: Scalars['ID']['input'];
};

/** Withdraw a demand that has not been served (取消点单). */
export type CancelDemandInput = {
  /** The demand. */
  demandId: Scalars['ID']['input'];
  /** The demand's version as the caller last saw it. */
  expectedVersion: Scalars['Int']['input'];
  /** Why it is cancelled (取消原因), at most 500 characters. */
  reason: Scalars['String']['input'];
};

/** One of the three centres whose changes stream live. */
export enum Centre {
  /** The civilisation practice centre (新时代文明实践中心). */
  Civic = 'CIVIC',
  /** The comprehensive governance centre (综治中心). */
  Governance = 'GOVERNANCE',
  /** The party-mass service centre (党群服务中心). */
  Party = 'PARTY'
}

/** One change in a jurisdiction, from any centre (变更). */
export type Change = {
  __typename?: 'Change';
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** Type of the changed object, e.g. Event, Demand, MicroWish. */
  entity: Scalars['String']['output'];
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** The object as it is now; null when deleted or no longer readable. */
  node?: Maybe<Node>;
  /** What happened to the row. */
  operation: ChangeOperation;
  /** The centre whose database changed. */
  source: Centre;
};

/** What happened to the row. */
export enum ChangeOperation {
  /** It was deleted; the node is null. */
  Delete = 'DELETE',
  /** It was created. */
  Insert = 'INSERT',
  /** It was changed. */
  Update = 'UPDATE'
}

/** A jurisdiction for the change feed (辖区). */
export type ChangeScope = {
  /** Code prefix: a city's 6 digits, a street's 9, a community's 12 or a grid's 15. */
  divisionCodePrefix: Scalars['String']['input'];
};

/** A volunteer checks in at an activity (签到). */
export type CheckInEnrolmentInput = {
  /** The enrolment. */
  enrolmentId: Scalars['ID']['input'];
};

/** A party member claims an open micro-wish (认领微心愿). */
export type ClaimMicroWishInput = {
  /** The party member claiming it. */
  memberId: Scalars['ID']['input'];
  /** The micro-wish. */
  microWishId: Scalars['ID']['input'];
};

/** An in-service party member claims a place on an open service post (认领岗位). */
export type ClaimServicePostInput = {
  /** The claiming party member; only in-service members (在职党员) may claim. */
  memberId: Scalars['ID']['input'];
  /** The service post. */
  postId: Scalars['ID']['input'];
};

/** A claimed service post and the claim. */
export type ClaimServicePostPayload = {
  __typename?: 'ClaimServicePostPayload';
  /** The new claim. */
  claim: ServicePostClaim;
  /** The post as it is now. */
  post: ServicePost;
};

/** A community (社区) with everything the three centres hold about it. */
export type Community = Node & {
  __typename?: 'Community';
  /** Latest civilisation-practice activities for the community, from the civic centre. */
  activities?: Maybe<Array<Activity>>;
  /** 12-digit community code (社区代码). */
  code: Scalars['String']['output'];
  /** Deliberations held in the community (议事协商), oldest first, from the party centre. */
  deliberations?: Maybe<Array<Deliberation>>;
  /** Latest service orders (点单) from the community, from the civic centre. */
  demands?: Maybe<Array<Demand>>;
  /** Governance events in the community (事件), newest first by default. */
  events?: Maybe<EventConnection>;
  /** Grid workers of all the community's grids (网格员), from the governance centre. */
  gridWorkers?: Maybe<Array<GridWorker>>;
  /** Grids of the community (网格), from the governance centre. */
  grids?: Maybe<Array<Grid>>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Latest micro-wishes (微心愿) from the community, from the party centre. */
  microWishes?: Maybe<Array<MicroWish>>;
  /** Community name (社区名称). */
  name: Scalars['String']['output'];
  /** Number of party members attached to the community (党员数), from the party centre. */
  partyMemberCount?: Maybe<Scalars['Int']['output']>;
  /** Party members attached to the community (党员), in registration order, from the party centre. */
  partyMembers?: Maybe<Array<PartyMember>>;
  /** The community's party organisations (社区党委, 网格党支部, 楼栋党小组…), from the party centre. */
  partyOrganizations?: Maybe<Array<PartyOrganization>>;
  /** The community's civilisation practice station (新时代文明实践站), from the civic centre. */
  practiceStation?: Maybe<PracticeSite>;
  /** Red stations (红色驿站) in the community, from the party centre. */
  redStations?: Maybe<Array<RedStation>>;
  /** Its residential compounds (小区), from the party centre. */
  residentialCompounds: Array<ResidentialCompound>;
  /** Risk assessments of the community (风险评估), oldest first. */
  riskAssessments?: Maybe<Array<RiskAssessment>>;
  /** The street (街道) the community belongs to. */
  street?: Maybe<Division>;
  /** Urban-rural class code (城乡分类代码). */
  urbanRuralClass?: Maybe<Scalars['Int']['output']>;
  /** Bookable rooms of the party-mass service complex, from the party centre. */
  venues?: Maybe<Array<Venue>>;
  /** Volunteers living in the community (志愿者), in registration order, from the civic centre. */
  volunteers?: Maybe<Array<Volunteer>>;
};


/** A community (社区) with everything the three centres hold about it. */
export type CommunityActivitiesArgs = {
  first?: Scalars['Int']['input'];
};


/** A community (社区) with everything the three centres hold about it. */
export type CommunityDemandsArgs = {
  first?: Scalars['Int']['input'];
};


/** A community (社区) with everything the three centres hold about it. */
export type CommunityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilterInput>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<EventOrder>;
};


/** A community (社区) with everything the three centres hold about it. */
export type CommunityMicroWishesArgs = {
  first?: Scalars['Int']['input'];
};


/** A community (社区) with everything the three centres hold about it. */
export type CommunityPartyMembersArgs = {
  first?: Scalars['Int']['input'];
};


/** A community (社区) with everything the three centres hold about it. */
export type CommunityVolunteersArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of communities (社区列表). */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** The items on this page. */
  edges: Array<CommunityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Community in a list, with its cursor. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Community;
};

/** Which communities to list. */
export type CommunityFilter = {
  /** Only communities whose code starts with this prefix (a street's 9 digits, a city's 6). */
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only communities whose name contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Live counters for a community dashboard (社区看板). */
export type CommunityStats = {
  __typename?: 'CommunityStats';
  /** Published or completed activities starting today, local time (今日活动). */
  activitiesToday: Scalars['Int']['output'];
  /** Confirmed venue bookings starting today, local time (今日预约). */
  bookingsToday: Scalars['Int']['output'];
  /** The community's code. */
  communityCode: Scalars['String']['output'];
  /** When these figures were counted. */
  countedAt: Scalars['DateTimeISO']['output'];
  /** Service orders not yet done or cancelled (待办点单). */
  openDemands: Scalars['Int']['output'];
  /** Open events by state (在办事件). */
  openEventsByStatus: Array<StatusCount>;
  /** Micro-wishes not yet fulfilled (待实现微心愿). */
  openMicroWishes: Scalars['Int']['output'];
  /** Open events past their due time (超期事件). */
  overdueEvents: Scalars['Int']['output'];
};

/** The activity was held: close it and credit service hours to everyone who checked in (活动结项). */
export type CompleteActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** Hours credited to each checked-in volunteer, 0.5 to 24 in half-hour steps; by default the activity's length rounded to the nearest half hour. */
  creditedHours?: InputMaybe<Scalars['Float']['input']>;
  /** The activity's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

/** The accepted service has been given (完成服务). */
export type CompleteDemandInput = {
  /** The demand. */
  demandId: Scalars['ID']['input'];
  /** The demand's version as the caller last saw it. */
  expectedVersion: Scalars['Int']['input'];
};

/** A data set that can be shared with a partner department (可共享数据). */
export enum Dataset {
  /** Unpublished activities and enrolments (活动及报名). */
  Activities = 'ACTIVITIES',
  /** Deliberations not yet resolved (议事协商). */
  Deliberations = 'DELIBERATIONS',
  /** Residents' service orders (点单). */
  Demands = 'DEMANDS',
  /** Governance events, with their history, whistles and mediations (事件). */
  Events = 'EVENTS',
  /** Grid workers (网格员). */
  GridWorkers = 'GRID_WORKERS',
  /** Residents' micro-wishes (微心愿). */
  MicroWishes = 'MICRO_WISHES',
  /** Party members (党员). */
  PartyMembers = 'PARTY_MEMBERS',
  /** Party organisations (党组织). */
  PartyOrganizations = 'PARTY_ORGANIZATIONS',
  /** Risk assessments of communities (风险评估). */
  RiskAssessments = 'RISK_ASSESSMENTS',
  /** Service posts for party members (服务岗位). */
  ServicePosts = 'SERVICE_POSTS',
  /** Venue bookings (场地预约). */
  VenueBookings = 'VENUE_BOOKINGS',
  /** Volunteers (志愿者). */
  Volunteers = 'VOLUNTEERS'
}

/** A community deliberation (议事协商, e.g. 幸福圆桌会). */
export type Deliberation = Node & {
  __typename?: 'Deliberation';
  /** Number of attendees. */
  attendeeCount?: Maybe<Scalars['Int']['output']>;
  /** Code of the community. */
  communityCode: Scalars['String']['output'];
  /** Format, e.g. 幸福圆桌会. */
  format: Scalars['String']['output'];
  /** When it is or was held. */
  heldAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Codes of the governance events it took up that the caller may see (a code tells when an event was reported). */
  linkedEventCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** The governance events it took up (关联事件) that the caller may see, from the governance centre; batched across deliberations. */
  linkedEvents?: Maybe<Array<Event>>;
  /** Participants (参与方). */
  participants: Array<Scalars['String']['output']>;
  /** Resolution adopted (协商结果). */
  resolution?: Maybe<Scalars['String']['output']>;
  /** State. */
  status: DeliberationStatus;
  /** Topic (议题). */
  topic: Scalars['String']['output'];
  /** Version, bumped on every change (版本号); recordDeliberationOutcome takes it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A page of deliberations (议事协商列表). */
export type DeliberationConnection = {
  __typename?: 'DeliberationConnection';
  /** The items on this page. */
  edges: Array<DeliberationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Deliberation in a list, with its cursor. */
export type DeliberationEdge = {
  __typename?: 'DeliberationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Deliberation;
};

/** What a deliberation's record says happened (议事结果). */
export enum DeliberationOutcome {
  /** The meeting was held; the resolution is still pending (已召开): from SCHEDULED. */
  Held = 'HELD',
  /** A resolution was adopted (已形成决议): from SCHEDULED or HELD. */
  Resolved = 'RESOLVED'
}

/** The deliberation a mutation changed. */
export type DeliberationPayload = {
  __typename?: 'DeliberationPayload';
  /** The deliberation as it is now. */
  deliberation: Deliberation;
};

/** State of a deliberation. */
export enum DeliberationStatus {
  /** Held, outcome pending (已召开). */
  Held = 'HELD',
  /** Resolution adopted (已形成决议). */
  Resolved = 'RESOLVED',
  /** Scheduled (已安排). */
  Scheduled = 'SCHEDULED',
  /** Withdrawn (已撤回). */
  Withdrawn = 'WITHDRAWN'
}

/** A resident's service order (群众点单) in the 点单-派单-接单-评单 workflow. */
export type Demand = Node & ResidentNeed & {
  __typename?: 'Demand';
  /** When a volunteer accepted it (接单时间). */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The volunteer who accepted it (接单志愿者), once accepted. */
  acceptedVolunteer?: Maybe<Volunteer>;
  /** Workflow steps allowed from the current state (可执行操作). */
  allowedActions: Array<DemandAction>;
  /** Why it was cancelled (取消原因). */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled (取消时间). */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Service category. */
  category: ActivityCategory;
  /** Code of the community it came from. */
  communityCode: Scalars['String']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** When it was dispatched to a team (派单时间). */
  dispatchedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The volunteer team it was dispatched to (派单队伍), once dispatched. */
  dispatchedTeam?: Maybe<VolunteerTeam>;
  /** When the service was done (完成时间). */
  doneAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Resident's feedback with the rating (评价意见). */
  feedback?: Maybe<Scalars['String']['output']>;
  /** Code of the grid it came from (网格编码), when known. */
  gridCode?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Who could answer this need, from every centre, best first (供需匹配): volunteers and teams, in-service party members and open posts, upcoming activities of its category, venues, and red stations near it, each with a score and its reasons. Only helpers the caller sees; act on one with the existing workflows (dispatchDemand, claimMicroWish, transitionEvent ASSIGN). */
  matches: Array<NeedMatch>;
  /** State, common to all three centres. */
  needState: NeedState;
  /** When ordered (点单时间). */
  orderedAt: Scalars['DateTimeISO']['output'];
  /** Resident's rating, 1–5 (评价). */
  rating?: Maybe<Scalars['Int']['output']>;
  /** When the resident asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** The ordering resident's name (点单人): family name only (张**), masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  residentName: Scalars['String']['output'];
  /** The ordering resident's phone (138****5678); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  residentPhone?: Maybe<Scalars['String']['output']>;
  /** Which centre holds it. */
  source: NeedSource;
  /** Workflow step. */
  status: DemandStatus;
  /** Short title. */
  title: Scalars['String']['output'];
  /** Version for optimistic concurrency (版本号); bumped by every step. */
  version: Scalars['Int']['output'];
};


/** A resident's service order (群众点单) in the 点单-派单-接单-评单 workflow. */
export type DemandMatchesArgs = {
  first?: Scalars['Int']['input'];
};

/** A step of the 点单-派单-接单-评单 workflow, each its own mutation. */
export enum DemandAction {
  /** A volunteer of that team takes it (接单), acceptDemand: DISPATCHED → ACCEPTED. */
  Accept = 'ACCEPT',
  /** Withdraw it (取消), cancelDemand: ORDERED, DISPATCHED or ACCEPTED → CANCELLED. */
  Cancel = 'CANCEL',
  /** The service has been given (完成服务), completeDemand: ACCEPTED → DONE. */
  Complete = 'COMPLETE',
  /** Dispatch to a volunteer team (派单), dispatchDemand: ORDERED → DISPATCHED. */
  Dispatch = 'DISPATCH',
  /** The resident rates it (评单), rateDemand: DONE → RATED. */
  Rate = 'RATE'
}

/** A change of a service order (点单变更). */
export type DemandChange = {
  __typename?: 'DemandChange';
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** The Demand as it is now; null when deleted. */
  demand?: Maybe<Demand>;
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** What happened to the row. */
  operation: ChangeOperation;
};

/** Which service-order changes to receive. */
export type DemandChangeFilter = {
  /** Only this community (12 digits). */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this grid (15 digits). */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only orders now in one of these states. */
  statuses?: InputMaybe<Array<DemandStatus>>;
  /** Only this street (9 digits). */
  streetCode?: InputMaybe<Scalars['String']['input']>;
};

/** A page of service orders (点单列表). */
export type DemandConnection = {
  __typename?: 'DemandConnection';
  /** The items on this page. */
  edges: Array<DemandEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Demand in a list, with its cursor. */
export type DemandEdge = {
  __typename?: 'DemandEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Demand;
};

/** Which service orders to list. */
export type DemandFilterInput = {
  /** Only these service categories. */
  categories?: InputMaybe<Array<ActivityCategory>>;
  /** A city's 6 digits, a street's 9, a community's 12 (or a grid's 15 where grids apply). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only these workflow steps. */
  statuses?: InputMaybe<Array<DemandStatus>>;
};

/** The demand a mutation changed. */
export type DemandPayload = {
  __typename?: 'DemandPayload';
  /** The demand as it is now. */
  demand: Demand;
};

/** Step of the 点单-派单-接单-评单 workflow. */
export enum DemandStatus {
  /** Accepted by a volunteer (接单). */
  Accepted = 'ACCEPTED',
  /** Cancelled (已取消). */
  Cancelled = 'CANCELLED',
  /** Dispatched to a team (派单). */
  Dispatched = 'DISPATCHED',
  /** Service done (已服务). */
  Done = 'DONE',
  /** Ordered by a resident (点单). */
  Ordered = 'ORDERED',
  /** Rated by the resident (评单). */
  Rated = 'RATED'
}

/** A data set a partner department may read, inside a division code prefix (部门数据共享授权). */
export type DepartmentGrant = {
  __typename?: 'DepartmentGrant';
  /** Division code prefix the grant is limited to; empty for everywhere. */
  codePrefix: Scalars['String']['output'];
  /** The data set shared. */
  dataset: Dataset;
  /** The department, as named in its tokens' department claim. */
  department: Scalars['String']['output'];
  /** When it was granted. */
  grantedAt: Scalars['DateTimeISO']['output'];
};

/** A department, a data set and where (部门授权). */
export type DepartmentGrantInput = {
  /** Division code prefix (6, 9, 12 or 15 digits) the grant is limited to; empty for everywhere. */
  codePrefix?: Scalars['String']['input'];
  /** The data set. */
  dataset: Dataset;
  /** The department, as named in its tokens' department claim; at most 80 characters. */
  department: Scalars['String']['input'];
};

/** Dispatch an ordered demand to a volunteer team (派单). */
export type DispatchDemandInput = {
  /** The demand. */
  demandId: Scalars['ID']['input'];
  /** The demand's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The volunteer team to serve it. */
  teamId: Scalars['ID']['input'];
};

/** Type of dispute (纠纷类型). */
export enum DisputeType {
  /** Consumer (消费纠纷). */
  Consumer = 'CONSUMER',
  /** Labour and wages (劳资纠纷). */
  LabourWages = 'LABOUR_WAGES',
  /** Land and demolition (土地征迁). */
  LandDemolition = 'LAND_DEMOLITION',
  /** Marriage and family (婚姻家庭). */
  MarriageFamily = 'MARRIAGE_FAMILY',
  /** Medical (医疗纠纷). */
  Medical = 'MEDICAL',
  /** Between neighbours (邻里纠纷). */
  Neighbour = 'NEIGHBOUR',
  /** Other (其他). */
  Other = 'OTHER',
  /** Property management (物业纠纷). */
  Property = 'PROPERTY'
}

/** An administrative division (行政区划) keyed by its 12-digit statistical code. */
export type Division = Node & {
  __typename?: 'Division';
  /** 12-digit statistical division code (统计用区划代码). */
  code: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Level (层级). */
  level: DivisionLevel;
  /** Name (名称). */
  name: Scalars['String']['output'];
  /** Code of the parent division (上级区划代码). */
  parentCode?: Maybe<Scalars['String']['output']>;
  /** Urban-rural class code (城乡分类代码), e.g. 111 main urban area. */
  urbanRuralClass?: Maybe<Scalars['Int']['output']>;
};

/** Administrative level of a division (行政区划层级). */
export enum DivisionLevel {
  /** City or county-level city (市). */
  City = 'CITY',
  /** Residents' or villagers' committee (社区/村). */
  Community = 'COMMUNITY',
  /** District (区). */
  District = 'DISTRICT',
  /** Street office, town or development zone (街道/镇/开发区). */
  Street = 'STREET'
}

/** Restrict a list to one jurisdiction by code prefix (辖区). */
export type DivisionScope = {
  /** A city's 6 digits, a street's 9, a community's 12 (or a grid's 15 where grids apply). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};

/** A volunteer enrols in an activity (活动报名). */
export type EnrolInActivityInput = {
  /** The activity; it must be published and not yet started. */
  activityId: Scalars['ID']['input'];
  /** Makes a resend safe: the same key with the same input returns the first enrolment and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The volunteer enrolling. */
  volunteerId: Scalars['ID']['input'];
};

/** The enrolment made, and its activity. */
export type EnrolInActivityPayload = {
  __typename?: 'EnrolInActivityPayload';
  /** The activity as it is now. */
  activity: Activity;
  /** The enrolment as it is now. */
  enrolment: Enrolment;
  /** True when this was a resend: the enrolment was made by an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** A volunteer's enrolment in an activity (活动报名), with check-in (签到) and credited service hours (认定时长). */
export type Enrolment = Node & {
  __typename?: 'Enrolment';
  /** The activity enrolled in. */
  activity: Activity;
  /** When the volunteer checked in (签到时间); null until then. */
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Service hours credited when the activity was completed (认定服务时长); null for no-shows and until completion. */
  creditedHours?: Maybe<Scalars['Float']['output']>;
  /** When the volunteer enrolled (报名时间). */
  enrolledAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** The volunteer enrolled; null when the caller may not see volunteers there. */
  volunteer?: Maybe<Volunteer>;
};

/** An enrolment a mutation changed, and its activity. */
export type EnrolmentPayload = {
  __typename?: 'EnrolmentPayload';
  /** The activity as it is now. */
  activity: Activity;
  /** The enrolment as it is now. */
  enrolment: Enrolment;
};

/** A governance event (事件) reported in a grid. Livelihood requests (民生诉求) are also listed among resident needs. */
export type Event = Node & ResidentNeed & {
  __typename?: 'Event';
  /** Address (地址), shown to the street part (解放路…); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  address: Scalars['String']['output'];
  /** Lifecycle steps allowed from the current state, for transitionEvent. */
  allowedActions: Array<EventAction>;
  /** Department it was assigned to (承办部门). */
  assignedDepartment?: Maybe<Scalars['String']['output']>;
  /** Category (类别). */
  category: EventCategory;
  /** Channel it arrived through (来源). */
  channel: EventChannel;
  /** When it was closed (办结时间). */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Readable event code (事件编号), e.g. SJ-20261123-0001. */
  code: Scalars['String']['output'];
  /** Code of the community it came from. */
  communityCode: Scalars['String']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** When it must be handled by (办理时限). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** The grid where it happened. */
  grid: Grid;
  /** Code of the grid where it happened. */
  gridCode: Scalars['String']['output'];
  /** The grid worker handling it, once assigned. */
  gridWorker?: Maybe<GridWorker>;
  /** Every lifecycle step, oldest first (流转记录). */
  history: Array<EventTransition>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Latitude (WGS-84) where it was reported, to three decimals (about 100 m) unless the caller holds pii:read and the row lies in its jurisdiction; exact reads are audited. */
  lat?: Maybe<Scalars['Float']['output']>;
  /** Longitude (WGS-84) where it was reported, to three decimals (about 100 m) unless the caller holds pii:read and the row lies in its jurisdiction; exact reads are audited. */
  lng?: Maybe<Scalars['Float']['output']>;
  /** Who could answer this need, from every centre, best first (供需匹配): volunteers and teams, in-service party members and open posts, upcoming activities of its category, venues, and red stations near it, each with a score and its reasons. Only helpers the caller sees; act on one with the existing workflows (dispatchDemand, claimMicroWish, transitionEvent ASSIGN). */
  matches: Array<NeedMatch>;
  /** Mediations of this dispute (调解记录), oldest first. */
  mediations: Array<Mediation>;
  /** State, common to all three centres. */
  needState: NeedState;
  /** Departments summoned by its whistles that have not reported yet (未报到部门). */
  pendingDepartments: Array<Scalars['String']['output']>;
  /** When it was reported (上报时间). */
  reportedAt: Scalars['DateTimeISO']['output'];
  /** The reporting resident's name (反映人), when a resident reported it: family name only (张**), masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  reporterName?: Maybe<Scalars['String']['output']>;
  /** The reporting resident's phone (138****5678), to call back; masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  reporterPhone?: Maybe<Scalars['String']['output']>;
  /** When the resident asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Which centre holds it. */
  source: NeedSource;
  /** Current lifecycle state (状态). */
  status: EventStatus;
  /** Supervision level when under supervision (督办). */
  supervisionLevel?: Maybe<SupervisionLevel>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** Urgency (紧急程度). */
  urgency: EventUrgency;
  /** Version for optimistic concurrency (版本号). */
  version: Scalars['Int']['output'];
  /** Whistles blown for it (吹哨), oldest first. */
  whistles: Array<Whistle>;
};


/** A governance event (事件) reported in a grid. Livelihood requests (民生诉求) are also listed among resident needs. */
export type EventMatchesArgs = {
  first?: Scalars['Int']['input'];
};

/** A step of the event lifecycle (办理操作). */
export enum EventAction {
  /** Accept a reported event (受理): REPORTED → ACCEPTED. */
  Accept = 'ACCEPT',
  /** Hand it to a department or grid worker (交办): ACCEPTED → ASSIGNED. */
  Assign = 'ASSIGN',
  /** Close it (办结): VERIFIED → CLOSED. */
  Close = 'CLOSE',
  /** Refuse it as not actionable (不予受理): REPORTED or ACCEPTED → REJECTED; needs a note. */
  Reject = 'REJECT',
  /** A check found it not dealt with, handle it again (回退): RESPONDED or VERIFIED → IN_PROGRESS; needs a note. */
  Reopen = 'REOPEN',
  /** Report back what was done (反馈): IN_PROGRESS → RESPONDED. */
  Respond = 'RESPOND',
  /** Start handling it (处置): ASSIGNED → IN_PROGRESS. */
  Start = 'START',
  /** Check the result on site (核查): RESPONDED → VERIFIED. */
  Verify = 'VERIFY'
}

/** Category of a governance event (事件类别). */
export enum EventCategory {
  /** Dispute between residents (矛盾纠纷). */
  Dispute = 'DISPUTE',
  /** Environment and sanitation (环境卫生). */
  Environment = 'ENVIRONMENT',
  /** Public facilities (公共设施). */
  Facilities = 'FACILITIES',
  /** Livelihood request (民生诉求). */
  Livelihood = 'LIVELIHOOD',
  /** Public order (治安). */
  PublicOrder = 'PUBLIC_ORDER',
  /** Safety hazard (安全隐患). */
  SafetyHazard = 'SAFETY_HAZARD'
}

/** A change of a governance event (事件变更). */
export type EventChange = {
  __typename?: 'EventChange';
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** The Event as it is now; null when deleted. */
  event?: Maybe<Event>;
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** What happened to the row. */
  operation: ChangeOperation;
};

/** Which event changes to receive. */
export type EventChangeFilter = {
  /** Only these categories. */
  categories?: InputMaybe<Array<EventCategory>>;
  /** Only this community (12 digits). */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this grid (15 digits). */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only events now in one of these states. */
  statuses?: InputMaybe<Array<EventStatus>>;
  /** Only this street (9 digits). */
  streetCode?: InputMaybe<Scalars['String']['input']>;
};

/** How an event reached the centre (来源渠道). */
export enum EventChannel {
  /** Resident app (随手拍/APP). */
  App = 'APP',
  /** Grid worker's patrol (网格巡查). */
  GridPatrol = 'GRID_PATROL',
  /** 12345 government hotline (12345热线). */
  Hotline_12345 = 'HOTLINE_12345',
  /** Walk-in at the centre (来访). */
  WalkIn = 'WALK_IN'
}

/** A page of governance events (事件列表). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items on this page. */
  edges: Array<EventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Event in a list, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Event;
};

/** Which events to list (all conditions must hold). */
export type EventFilterInput = {
  /** Only these categories. */
  categories?: InputMaybe<Array<EventCategory>>;
  /** Events of this community (12-digit code). */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  /** Events of this street (9 digits), community (12) or grid (15), by code prefix. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Events of this grid (15-digit code). */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only open events past their due time (超期). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reported at or after this time. */
  reportedAfter?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Reported before this time. */
  reportedBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only these states. */
  statuses?: InputMaybe<Array<EventStatus>>;
  /** True: only events under supervision (督办中); false: only events not under supervision. */
  supervised?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text in the title or description, and in the address for callers who may read every address they see (pii:read in their own places). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only these urgencies. */
  urgencies?: InputMaybe<Array<EventUrgency>>;
};

/** How to sort events. */
export type EventOrder = {
  /** Direction. */
  direction: OrderDirection;
  /** Sort key. */
  field: EventOrderField;
};

/** Sort key for events. */
export enum EventOrderField {
  /** By due time. */
  DueAt = 'DUE_AT',
  /** By report time. */
  ReportedAt = 'REPORTED_AT'
}

/** The event a mutation changed. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** The event as it is now. */
  event: Event;
};

/** Lifecycle state of an event (办理状态). */
export enum EventStatus {
  /** Accepted by the centre (受理). */
  Accepted = 'ACCEPTED',
  /** Assigned to a department or worker (交办). */
  Assigned = 'ASSIGNED',
  /** Closed (办结). */
  Closed = 'CLOSED',
  /** Being handled (处置). */
  InProgress = 'IN_PROGRESS',
  /** Rejected as not actionable (不予受理). */
  Rejected = 'REJECTED',
  /** Reported (上报). */
  Reported = 'REPORTED',
  /** Handler responded (反馈). */
  Responded = 'RESPONDED',
  /** Result checked (核查). */
  Verified = 'VERIFIED'
}

/** One recorded step of an event's lifecycle (流转记录). */
export type EventTransition = {
  __typename?: 'EventTransition';
  /** Action taken, e.g. ACCEPT, ASSIGN, CLOSE (操作). */
  action: Scalars['String']['output'];
  /** Who took the step (操作人). */
  actor: Scalars['String']['output'];
  /** When (时间). */
  at: Scalars['DateTimeISO']['output'];
  /** State before the step; null for the report itself. */
  fromStatus?: Maybe<EventStatus>;
  /** Why, in the actor's words (意见). */
  note?: Maybe<Scalars['String']['output']>;
  /** State after the step. */
  toStatus: EventStatus;
};

/** How urgent an event is (紧急程度). */
export enum EventUrgency {
  /** Critical (特急). */
  Critical = 'CRITICAL',
  /** High (紧急). */
  High = 'HIGH',
  /** Low (一般). */
  Low = 'LOW',
  /** Normal (较急). */
  Normal = 'NORMAL'
}

/** The member who claimed a micro-wish marks it fulfilled (兑现微心愿). */
export type FulfilMicroWishInput = {
  /** The wish's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The party member who claimed it; anyone else is refused with FORBIDDEN. */
  memberId: Scalars['ID']['input'];
  /** The micro-wish. */
  microWishId: Scalars['ID']['input'];
};

/** A point on the map (WGS-84). */
export type GeoPointInput = {
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['input'];
};

/** A grid (网格): its community's code plus three digits, with everything the centres hold about it. */
export type Grid = Node & {
  __typename?: 'Grid';
  /** Latitude of the grid's centre point (WGS-84). */
  centerLat: Scalars['Float']['output'];
  /** Longitude of the grid's centre point (WGS-84). */
  centerLng: Scalars['Float']['output'];
  /** 15-digit grid code (网格编码). */
  code: Scalars['String']['output'];
  /** The community the grid belongs to, from the registry. */
  community?: Maybe<Community>;
  /** Code of the community the grid belongs to. */
  communityCode: Scalars['String']['output'];
  /** Latest service orders (点单) from the grid, from the civic centre. */
  demands?: Maybe<Array<Demand>>;
  /** Events in the grid, newest first by default. */
  events: EventConnection;
  /** Households (户数). */
  households: Scalars['Int']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Latest micro-wishes from the grid, from the party centre. */
  microWishes?: Maybe<Array<MicroWish>>;
  /** Grid name (网格名称). */
  name: Scalars['String']['output'];
  /** Party members assigned to the grid (党员进网入格), from the party centre. */
  partyMembers?: Maybe<Array<PartyMember>>;
  /** Party organisations covering the grid (网格党支部, 楼栋党小组), from the party centre. */
  partyOrganizations?: Maybe<Array<PartyOrganization>>;
  /** Resident population (人口). */
  population: Scalars['Int']['output'];
  /** Grid workers serving the grid (网格员). */
  workers: Array<GridWorker>;
};


/** A grid (网格): its community's code plus three digits, with everything the centres hold about it. */
export type GridDemandsArgs = {
  first?: Scalars['Int']['input'];
};


/** A grid (网格): its community's code plus three digits, with everything the centres hold about it. */
export type GridEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilterInput>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<EventOrder>;
};


/** A grid (网格): its community's code plus three digits, with everything the centres hold about it. */
export type GridMicroWishesArgs = {
  first?: Scalars['Int']['input'];
};


/** A grid (网格): its community's code plus three digits, with everything the centres hold about it. */
export type GridPartyMembersArgs = {
  first?: Scalars['Int']['input'];
};

/** A grid worker (网格员). */
export type GridWorker = Node & {
  __typename?: 'GridWorker';
  /** Code of the grid the worker serves. */
  gridCode: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Whether the worker leads the grid (网格长). */
  isGridLeader: Scalars['Boolean']['output'];
  /** Full-time or part-time. */
  kind: GridWorkerKind;
  /** Name (姓名). */
  name: Scalars['String']['output'];
  /** The same resident across all centres. */
  person: Person;
  /** Work phone (联系电话), shown as 138****5678; masked unless the caller holds pii:read and the grid lies in its jurisdiction; unmasked reads are audited. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A page of grid workers (网格员列表). */
export type GridWorkerConnection = {
  __typename?: 'GridWorkerConnection';
  /** The items on this page. */
  edges: Array<GridWorkerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One GridWorker in a list, with its cursor. */
export type GridWorkerEdge = {
  __typename?: 'GridWorkerEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: GridWorker;
};

/** Employment of a grid worker (网格员类型). */
export enum GridWorkerKind {
  /** Full-time grid worker (专职网格员). */
  FullTime = 'FULL_TIME',
  /** Part-time grid worker (兼职网格员). */
  PartTime = 'PART_TIME'
}

/** What kind of helper a match proposes. */
export enum HelperKind {
  /** An upcoming activity (活动) of the civic centre of the same category. */
  Activity = 'ACTIVITY',
  /** An in-service party member (在职党员) of the party centre: they `claimMicroWish`. */
  PartyMember = 'PARTY_MEMBER',
  /** A red station (红色驿站) near where the need is. */
  RedStation = 'RED_STATION',
  /** An open service post (服务岗位) of the party centre whose skills fit. */
  ServicePost = 'SERVICE_POST',
  /** A venue (阵地) of the community's party-mass service complex. */
  Venue = 'VENUE',
  /** A volunteer (志愿者) of the civic centre: dispatch an order to their team, or they accept it. */
  Volunteer = 'VOLUNTEER',
  /** A volunteer team (志愿服务队) of the civic centre: `dispatchDemand` to it. */
  VolunteerTeam = 'VOLUNTEER_TEAM'
}

/** One figure of a scorecard (评估指标); `IndicatorFigure.definition` says exactly what it counts. */
export enum Indicator {
  /** Activities held in the period (活动开展数). */
  ActivitiesHeld = 'ACTIVITIES_HELD',
  /** Deliberations held in the period that adopted a resolution (议事决议数). */
  DeliberationsResolved = 'DELIBERATIONS_RESOLVED',
  /** Share of the events the period's deliberations took up that are closed now (议事事项办结率). */
  DeliberationEventsClosed = 'DELIBERATION_EVENTS_CLOSED',
  /** Share of the departments summoned in the period that reported (报到率). */
  DepartmentReportRate = 'DEPARTMENT_REPORT_RATE',
  /** Events closed in the period (事件办结数). */
  EventsClosed = 'EVENTS_CLOSED',
  /** Events reported in the period (事件上报数). */
  EventsReported = 'EVENTS_REPORTED',
  /** Share of the period's reported events that are closed now (办结率). */
  EventClosureRate = 'EVENT_CLOSURE_RATE',
  /** Mean rating of the orders finished in the period (满意度均分). */
  MeanRating = 'MEAN_RATING',
  /** Median days from posting to claim of the wishes claimed in the period (认领时长中位数). */
  MedianDaysToClaim = 'MEDIAN_DAYS_TO_CLAIM',
  /** Median hours from order to acceptance of the orders accepted in the period (接单时长中位数). */
  MedianHoursToAccept = 'MEDIAN_HOURS_TO_ACCEPT',
  /** Median hours from report to close of the period's closed events (办结时长中位数). */
  MedianHoursToClose = 'MEDIAN_HOURS_TO_CLOSE',
  /** Median hours from whistle to a summoned department's report (报到时长中位数). */
  MedianHoursToReport = 'MEDIAN_HOURS_TO_REPORT',
  /** Share of the period's mediations that ended in an agreement (调解成功率). */
  MediationSuccessRate = 'MEDIATION_SUCCESS_RATE',
  /** Share of in-service party members reported to the division who served in the period (党员履职率). */
  MemberServiceRate = 'MEMBER_SERVICE_RATE',
  /** Share of the period's residents' needs, from all three centres, answered within 7 days (需求7日响应率). */
  NeedsAnsweredIn_7Days = 'NEEDS_ANSWERED_IN_7_DAYS',
  /** Share of the period's closed events closed by their due time (按期办结率). */
  OnTimeClosureRate = 'ON_TIME_CLOSURE_RATE',
  /** Events open now (在办事件数). */
  OpenEventsNow = 'OPEN_EVENTS_NOW',
  /** Service orders placed in the period (点单数). */
  OrdersPlaced = 'ORDERS_PLACED',
  /** Share of the period's orders that are done now (完成率). */
  OrderCompletionRate = 'ORDER_COMPLETION_RATE',
  /** Open events past their due time now (超期事件数). */
  OverdueEventsNow = 'OVERDUE_EVENTS_NOW',
  /** Service posts claimed in the period (岗位认领数). */
  PostClaims = 'POST_CLAIMS',
  /** Risk assessments of level CRITICAL in the period (重大风险评估数). */
  RiskAssessmentsCritical = 'RISK_ASSESSMENTS_CRITICAL',
  /** Risk assessments of level HIGH in the period (高风险评估数). */
  RiskAssessmentsHigh = 'RISK_ASSESSMENTS_HIGH',
  /** Risk assessments of level LOW in the period (低风险评估数). */
  RiskAssessmentsLow = 'RISK_ASSESSMENTS_LOW',
  /** Risk assessments of level MEDIUM in the period (中风险评估数). */
  RiskAssessmentsMedium = 'RISK_ASSESSMENTS_MEDIUM',
  /** Share of the period's rated orders rated 4 or 5 (满意率). */
  SatisfactionRate = 'SATISFACTION_RATE',
  /** Checked-in volunteers over the seats of the period's activities (上座率). */
  SeatFillRate = 'SEAT_FILL_RATE',
  /** Events put under supervision in the period (督办事件数). */
  SupervisedEvents = 'SUPERVISED_EVENTS',
  /** Booked hours over opening hours of the venues (阵地利用率). */
  VenueUtilisation = 'VENUE_UTILISATION',
  /** Volunteer hours credited for the activities held in the period (志愿服务时长). */
  VolunteerHours = 'VOLUNTEER_HOURS',
  /** Whistles blown in the period (吹哨数). */
  WhistlesBlown = 'WHISTLES_BLOWN',
  /** Micro-wishes fulfilled in the period (微心愿兑现数). */
  WishesFulfilled = 'WISHES_FULFILLED'
}

/** One indicator's figure for one division and period, with what it is made of. */
export type IndicatorFigure = {
  __typename?: 'IndicatorFigure';
  /** Which way it improves; null when neither is better (a count of risks assessed). */
  better?: Maybe<Better>;
  /** The centre whose data it counts; null for an indicator across centres. */
  centre?: Maybe<Centre>;
  /** Exactly what it counts. */
  definition: Scalars['String']['output'];
  /** What the share is of, or how many rows a median is taken over; null for a plain count. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** Which indicator. */
  indicator: Indicator;
  /** What was counted over the denominator (for a share), or the count itself; null when withheld. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** The figure of the period before, of the same length; null for figures of the present moment (open now). */
  previousValue?: Maybe<Scalars['Float']['output']>;
  /** Rank among the divisions compared (scorecards only), 1 the best; ties share a rank; null without a value or a direction. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Its Chinese term (指标名称). */
  term: Scalars['String']['output'];
  /** Its unit: count, share (0 to 1), hours, days or rating (1 to 5). */
  unit: Scalars['String']['output'];
  /** The figure; null when there is nothing to divide by, or when it is withheld. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Why the figure is withheld: built from fewer than 5 residents, for a caller who may not read them. */
  withheldReason?: Maybe<Scalars['String']['output']>;
};

/** A 三方联动 meeting of the community, a compound's property company and its owners' committee, and what they agreed. */
export type JointMeeting = Node & {
  __typename?: 'JointMeeting';
  /** Code of the community (12 digits). */
  communityCode: Scalars['String']['output'];
  /** The property company that managed the compound when the meeting was scheduled. */
  company?: Maybe<PropertyCompany>;
  /** The compound it is about. */
  compound?: Maybe<ResidentialCompound>;
  /** When it is or was held. */
  heldAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** The sides that came; empty until it is held. */
  partiesPresent: Array<MeetingParty>;
  /** What the sides agreed to do (议定事项), one item each. */
  resolutions: Array<Scalars['String']['output']>;
  /** State. */
  status: JointMeetingStatus;
  /** Minutes (会议纪要), or why it was called off. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Topic (议题). */
  topic: Scalars['String']['output'];
  /** Version, bumped on every change; recordJointMeetingOutcome takes it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A change of a 三方联动 meeting (三方联动变更). */
export type JointMeetingChange = {
  __typename?: 'JointMeetingChange';
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** The JointMeeting as it is now; null when deleted. */
  jointMeeting?: Maybe<JointMeeting>;
  /** What happened to the row. */
  operation: ChangeOperation;
};

/** Which 三方联动 meeting changes to receive. */
export type JointMeetingChangeFilter = {
  /** Only meetings of this street (9 digits) or community (12 digits). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only meetings now in one of these states. */
  statuses?: InputMaybe<Array<JointMeetingStatus>>;
};

/** A page of 三方联动 meetings (三方联动会议列表). */
export type JointMeetingConnection = {
  __typename?: 'JointMeetingConnection';
  /** The items on this page. */
  edges: Array<JointMeetingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One JointMeeting in a list, with its cursor. */
export type JointMeetingEdge = {
  __typename?: 'JointMeetingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: JointMeeting;
};

/** What a meeting's record says happened. */
export enum JointMeetingOutcome {
  /** It was called off (已取消): from SCHEDULED. */
  Cancelled = 'CANCELLED',
  /** It was held (已召开): from SCHEDULED. */
  Held = 'HELD'
}

/** The meeting a mutation changed. */
export type JointMeetingPayload = {
  __typename?: 'JointMeetingPayload';
  /** The meeting as it is now. */
  jointMeeting: JointMeeting;
};

/** State of a 三方联动 meeting. */
export enum JointMeetingStatus {
  /** Called off (已取消). */
  Cancelled = 'CANCELLED',
  /** Held, its outcome recorded (已召开); public from then on. */
  Held = 'HELD',
  /** Scheduled (已安排). */
  Scheduled = 'SCHEDULED'
}

/** One reason behind a match's score. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** Which reason. */
  code: MatchReasonCode;
  /** The facts behind it, e.g. the skill that fits or the distance. */
  detail: Scalars['String']['output'];
  /** What it added to the score (negative: took away). */
  weight: Scalars['Float']['output'];
};

/** Why a helper scored what it did; each reason adds its weight to the score (a negative weight takes away). */
export enum MatchReasonCode {
  /** Its focus or category is the need's category. */
  CategoryFit = 'CATEGORY_FIT',
  /** Within 1 km of where the need is: the closer, the more. */
  Nearby = 'NEARBY',
  /** Already carries open tasks: each takes away. */
  OpenLoad = 'OPEN_LOAD',
  /** Residents rated its past service: above 3 of 5 adds, below takes away. */
  PastRating = 'PAST_RATING',
  /** In the need's community. */
  SameCommunity = 'SAME_COMMUNITY',
  /** In the need's grid. */
  SameGrid = 'SAME_GRID',
  /** Serving the need's street. */
  SameStreet = 'SAME_STREET',
  /** Has seats or places free. */
  SeatsFree = 'SEATS_FREE',
  /** One of its skills (or a post's wanted skills) appears in what the resident wrote. */
  SkillFit = 'SKILL_FIT'
}

/** The mediation (调解) of a dispute event. */
export type Mediation = Node & {
  __typename?: 'Mediation';
  /** Terms agreed (调解协议). */
  agreement?: Maybe<Scalars['String']['output']>;
  /** Type of dispute. */
  disputeType: DisputeType;
  /** The dispute event mediated. */
  event: Event;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** When it was mediated. */
  mediatedAt: Scalars['DateTimeISO']['output'];
  /** Mediator (调解员). */
  mediator: Scalars['String']['output'];
  /** Outcome. */
  outcome: MediationOutcome;
  /** The parties (当事人), family names only (张*); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  parties: Array<Scalars['String']['output']>;
};

/** Result of a mediation (调解结果). */
export enum MediationOutcome {
  /** The parties reached an agreement (调解成功). */
  Agreement = 'AGREEMENT',
  /** No agreement (调解不成). */
  Failed = 'FAILED',
  /** Partly settled (部分达成). */
  Partial = 'PARTIAL',
  /** Referred to court or arbitration (移交诉讼/仲裁). */
  Referred = 'REFERRED'
}

/** A side of a 三方联动 meeting. */
export enum MeetingParty {
  /** The community's party organisation and residents' committee (社区). */
  Community = 'COMMUNITY',
  /** The owners' committee (业主委员会), or owners' representatives where there is none. */
  OwnersCommittee = 'OWNERS_COMMITTEE',
  /** The property service company (物业服务企业). */
  PropertyCompany = 'PROPERTY_COMPANY'
}

/** A resident's micro-wish (微心愿) that a party member claims and fulfils. */
export type MicroWish = Node & ResidentNeed & {
  __typename?: 'MicroWish';
  /** When a member claimed it. */
  claimedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The party member who claimed the wish (认领党员); null while it is open. */
  claimedBy?: Maybe<PartyMember>;
  /** Code of the community it came from. */
  communityCode: Scalars['String']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** When it was fulfilled. */
  fulfilledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Code of the grid it came from. */
  gridCode?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Who could answer this need, from every centre, best first (供需匹配): volunteers and teams, in-service party members and open posts, upcoming activities of its category, venues, and red stations near it, each with a score and its reasons. Only helpers the caller sees; act on one with the existing workflows (dispatchDemand, claimMicroWish, transitionEvent ASSIGN). */
  matches: Array<NeedMatch>;
  /** State, common to all three centres. */
  needState: NeedState;
  /** When the resident asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** The resident who made the wish (心愿人): family name only (张**), masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  residentName: Scalars['String']['output'];
  /** The resident's phone (138****5678); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  residentPhone?: Maybe<Scalars['String']['output']>;
  /** Which centre holds it. */
  source: NeedSource;
  /** State of the wish. */
  status: MicroWishStatus;
  /** Short title. */
  title: Scalars['String']['output'];
  /** Version, bumped on every change (版本号); fulfilMicroWish takes it as expectedVersion. */
  version: Scalars['Int']['output'];
};


/** A resident's micro-wish (微心愿) that a party member claims and fulfils. */
export type MicroWishMatchesArgs = {
  first?: Scalars['Int']['input'];
};

/** A change of a micro-wish (微心愿变更). */
export type MicroWishChange = {
  __typename?: 'MicroWishChange';
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** The MicroWish as it is now; null when deleted. */
  microWish?: Maybe<MicroWish>;
  /** What happened to the row. */
  operation: ChangeOperation;
};

/** Which micro-wish changes to receive. */
export type MicroWishChangeFilter = {
  /** Only this community (12 digits). */
  communityCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this grid (15 digits). */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only wishes now in one of these states. */
  statuses?: InputMaybe<Array<MicroWishStatus>>;
  /** Only this street (9 digits). */
  streetCode?: InputMaybe<Scalars['String']['input']>;
};

/** A page of micro-wishes (微心愿列表). */
export type MicroWishConnection = {
  __typename?: 'MicroWishConnection';
  /** The items on this page. */
  edges: Array<MicroWishEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One MicroWish in a list, with its cursor. */
export type MicroWishEdge = {
  __typename?: 'MicroWishEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MicroWish;
};

/** The micro-wish a mutation changed. */
export type MicroWishPayload = {
  __typename?: 'MicroWishPayload';
  /** The micro-wish as it is now. */
  microWish: MicroWish;
};

/** State of a micro-wish. */
export enum MicroWishStatus {
  /** Claimed by a member (已认领). */
  Claimed = 'CLAIMED',
  /** Fulfilled (已实现). */
  Fulfilled = 'FULFILLED',
  /** Waiting for a member to claim it (待认领). */
  Open = 'OPEN'
}

/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type Mutation = {
  __typename?: 'Mutation';
  /** A volunteer of the dispatched team takes the demand (接单): DISPATCHED → ACCEPTED. First come, first served: when several volunteers race, one wins and the others get CONFLICT naming the current status. */
  acceptDemand: DemandPayload;
  /** Record a risk assessment (风险评估/联合研判) of a community in the caller's jurisdiction, linking events of that community. */
  assessRisk: AssessRiskPayload;
  /** Summon departments to an open event (吹哨), inside the caller's jurisdiction. Each must then report (报到) with reportToWhistle. */
  blowWhistle: WhistlePayload;
  /** Book a venue (预约场地) inside its opening hours; residents for themselves, staff at venues of their jurisdiction. A slot overlapping a confirmed booking is refused with CONFLICT; of requests racing for one slot exactly one succeeds. */
  bookVenue: BookVenuePayload;
  /** Call a published activity off (取消活动): PUBLISHED → CANCELLED; no hours are credited. */
  cancelActivity: ActivityPayload;
  /** Cancel a confirmed booking that has not ended (取消预约): CONFIRMED → CANCELLED; the slot becomes bookable again. Residents cancel their own bookings, staff those of their jurisdiction's venues. */
  cancelBooking: VenueBookingPayload;
  /** Withdraw a demand before the service is done (取消): ORDERED, DISPATCHED or ACCEPTED → CANCELLED, with the reason. */
  cancelDemand: DemandPayload;
  /** An enrolled volunteer checks in (签到), once, while the activity is published; recorded by the activity's community staff. */
  checkInEnrolment: EnrolmentPayload;
  /** A party member claims an open micro-wish (认领): OPEN → CLAIMED. Of members claiming at once exactly one wins; the others get CONFLICT with extensions.status. */
  claimMicroWish: MicroWishPayload;
  /** An in-service party member (在职党员) claims a place on an open service post (认领岗位). Claims never exceed the capacity, however many arrive at once; the post becomes FILLED when the last place goes. A second claim by the same member is refused with CONFLICT. */
  claimServicePost: ClaimServicePostPayload;
  /** Close a held activity (结项): PUBLISHED → COMPLETED. Every checked-in volunteer is credited the hours, added to their total in the same transaction. */
  completeActivity: ActivityPayload;
  /** The accepted service has been given: ACCEPTED → DONE. */
  completeDemand: DemandPayload;
  /** Dispatch an ordered demand to a volunteer team (派单): ORDERED → DISPATCHED. CONFLICT when the demand is in another state (extensions.allowedActions) or the version is stale (extensions.currentVersion). */
  dispatchDemand: DemandPayload;
  /** Enrol a volunteer of the caller's jurisdiction in a published activity that has not started (报名). CONFLICT when it is full, closed, or the volunteer is already enrolled; seats are never overfilled, however many enrol at once. */
  enrolInActivity: EnrolInActivityPayload;
  /** The member who claimed a micro-wish marks it fulfilled (兑现): CLAIMED → FULFILLED. Anyone else gets FORBIDDEN; a stale version CONFLICT with extensions.currentVersion. */
  fulfilMicroWish: MicroWishPayload;
  /** Share a data set with a department inside a division code prefix; the department's next request sees it. Granting it again changes nothing. */
  grantDepartmentAccess: DepartmentGrant;
  /** A community opens a service post (按需设岗) for in-service party members to claim, in the caller's jurisdiction. The community must exist in the registry. */
  openServicePost: ServicePostPayload;
  /** A resident orders a volunteer service (点单), for themselves or through staff of the place. The community must exist in the registry and the grid, when given, in the governance centre. */
  placeDemand: PlaceDemandPayload;
  /** A resident posts a micro-wish (发布微心愿), for themselves or through staff of the place. The community must exist in the registry and the grid, when given, at the governance centre. */
  postMicroWish: PostMicroWishPayload;
  /** Publish a civilisation-practice activity for enrolment (发布活动) in the caller's jurisdiction. The community must exist in the registry; the site and team in the civic centre. */
  publishActivity: ActivityPayload;
  /** The resident rates the service (评单), 1–5 with optional feedback: DONE → RATED. */
  rateDemand: DemandPayload;
  /** Rate a compound's property service this month (物业服务评价): one rating per resident, compound and month, a later one replacing the earlier. */
  rateProperty: PropertyRatingPayload;
  /** Record a deliberation's outcome (记录议事结果): SCHEDULED → HELD or RESOLVED, HELD → RESOLVED. Another step is refused with CONFLICT listing extensions.allowedActions; a stale version with CONFLICT and extensions.currentVersion. */
  recordDeliberationOutcome: DeliberationPayload;
  /** Record a 三方联动 meeting's outcome (记录三方联动结果): SCHEDULED → HELD, with the sides that came (the community and at least one other) and what they agreed, or SCHEDULED → CANCELLED. Another step is refused with CONFLICT listing extensions.allowedActions; a stale version with CONFLICT and extensions.currentVersion. */
  recordJointMeetingOutcome: JointMeetingPayload;
  /** Record the mediation (调解) of a dispute event in the caller's grids or jurisdiction. */
  recordMediation: RecordMediationPayload;
  /** Report an event (上报). It gets a readable code and a due time from the service-level rule of its category and urgency. Residents report anywhere and can then follow their own reports; staff report inside their grids or jurisdiction. */
  reportEvent: ReportEventPayload;
  /** A summoned department reports to a whistle (报到) and records its action; each department reports once, and only as itself. */
  reportToWhistle: WhistlePayload;
  /** Withdraw a grant; the department's next request no longer sees the data. False when there was no such grant. */
  revokeDepartmentAccess: Scalars['Boolean']['output'];
  /** Schedule a community deliberation (安排议事协商) in the caller's jurisdiction: SCHEDULED. The community is checked in the registry and each linked event at the governance centre before anything is written. */
  scheduleDeliberation: DeliberationPayload;
  /** Schedule a 三方联动 meeting on a compound of the caller's jurisdiction (安排三方联动会议): SCHEDULED, with the company that manages the compound now. A compound without a property company is refused. */
  scheduleJointMeeting: JointMeetingPayload;
  /** Put an overdue open event under supervision (督办), change the level, or lift it with level null. For street officers, inside their jurisdiction. */
  superviseEvent: EventPayload;
  /** Take one lifecycle step (流转). Staff act inside their grids or jurisdiction; a partner department may START and RESPOND to events assigned to it. Refused with CONFLICT when the step is not allowed from the current state (extensions.allowedActions lists what is) or the version is stale (extensions.currentVersion). */
  transitionEvent: EventPayload;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationAcceptDemandArgs = {
  input: AcceptDemandInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationAssessRiskArgs = {
  input: AssessRiskInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationBlowWhistleArgs = {
  input: BlowWhistleInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationBookVenueArgs = {
  input: BookVenueInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationCancelActivityArgs = {
  input: CancelActivityInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationCancelBookingArgs = {
  input: CancelBookingInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationCancelDemandArgs = {
  input: CancelDemandInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationCheckInEnrolmentArgs = {
  input: CheckInEnrolmentInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationClaimMicroWishArgs = {
  input: ClaimMicroWishInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationClaimServicePostArgs = {
  input: ClaimServicePostInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationCompleteActivityArgs = {
  input: CompleteActivityInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationCompleteDemandArgs = {
  input: CompleteDemandInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationDispatchDemandArgs = {
  input: DispatchDemandInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationEnrolInActivityArgs = {
  input: EnrolInActivityInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationFulfilMicroWishArgs = {
  input: FulfilMicroWishInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationGrantDepartmentAccessArgs = {
  input: DepartmentGrantInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationOpenServicePostArgs = {
  input: OpenServicePostInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationPlaceDemandArgs = {
  input: PlaceDemandInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationPostMicroWishArgs = {
  input: PostMicroWishInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationPublishActivityArgs = {
  input: PublishActivityInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationRateDemandArgs = {
  input: RateDemandInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationRatePropertyArgs = {
  input: RatePropertyInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationRecordDeliberationOutcomeArgs = {
  input: RecordDeliberationOutcomeInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationRecordJointMeetingOutcomeArgs = {
  input: RecordJointMeetingOutcomeInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationRecordMediationArgs = {
  input: RecordMediationInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationReportEventArgs = {
  input: ReportEventInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationReportToWhistleArgs = {
  input: ReportToWhistleInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationRevokeDepartmentAccessArgs = {
  input: DepartmentGrantInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationScheduleDeliberationArgs = {
  input: ScheduleDeliberationInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationScheduleJointMeetingArgs = {
  input: ScheduleJointMeetingInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationSuperviseEventArgs = {
  input: SuperviseEventInput;
};


/** Writes, each to the centre that owns the data, inside that centre's transaction. */
export type MutationTransitionEventArgs = {
  input: TransitionEventInput;
};

/** Which resident needs to list. */
export type NeedFilter = {
  /** A city's 6 digits, a street's 9, a community's 12 (or a grid's 15 where grids apply). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only needs held by these centres. */
  sources?: InputMaybe<Array<NeedSource>>;
  /** Only needs in these states. */
  states?: InputMaybe<Array<NeedState>>;
};

/** A helper who could answer a need, with its score and the reasons for it (供需匹配). */
export type NeedMatch = {
  __typename?: 'NeedMatch';
  /** The helper: a Volunteer, VolunteerTeam, PartyMember, ServicePost, Activity, RedStation or Venue, as the caller may see it. */
  helper: Node;
  /** What kind of helper. */
  kind: HelperKind;
  /** Why. */
  reasons: Array<MatchReason>;
  /** The sum of the reasons' weights; the matches come highest first. */
  score: Scalars['Float']['output'];
};

/** Which centre holds a resident need. */
export enum NeedSource {
  /** A service order (点单) at the civilisation practice centre. */
  Civic = 'CIVIC',
  /** A livelihood request (民生诉求) event at the governance centre. */
  Governance = 'GOVERNANCE',
  /** A micro-wish (微心愿) at the party-mass service centre. */
  Party = 'PARTY'
}

/** A need's state, common to all three centres (Open311-style). */
export enum NeedState {
  /** Cancelled or rejected. */
  ClosedUnmet = 'CLOSED_UNMET',
  /** Someone has taken it up. */
  InProgress = 'IN_PROGRESS',
  /** Fulfilled, done or closed with a result. */
  Met = 'MET',
  /** Nobody has taken it up yet. */
  Open = 'OPEN'
}

/** An object with an opaque global id (全局标识), resolvable with `node(id)`. */
export type Node = {
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
};

/** Open a service post (按需设岗). */
export type OpenServicePostInput = {
  /** Number of places, 1 to 100. */
  capacity: Scalars['Int']['input'];
  /** Code of the community opening it (12 digits); it must exist. */
  communityCode: Scalars['String']['input'];
  /** What the post involves (岗位职责), at most 2000 characters. */
  description: Scalars['String']['input'];
  /** Skills wanted (所需特长), at most 20. */
  skillsWanted?: Array<Scalars['String']['input']>;
  /** Title (岗位名称), at most 120 characters. */
  title: Scalars['String']['input'];
};

/** Sort direction. */
export enum OrderDirection {
  /** Ascending (oldest first). */
  Asc = 'ASC',
  /** Descending (newest first). */
  Desc = 'DESC'
}

/** Where this page sits in the list (分页信息). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How party building reaches a property company (红色物业). */
export enum PartyBuilding {
  /** It has no party organisation; the community appointed a party-building liaison (党建联络员). */
  Liaison = 'LIAISON',
  /** Neither yet. */
  None = 'NONE',
  /** It has its own party organisation (物业企业党组织). */
  Organization = 'ORGANIZATION'
}

/** A party member (党员) as the party centre records them. */
export type PartyMember = Node & {
  __typename?: 'PartyMember';
  /** Code of the community the member serves. */
  communityCode: Scalars['String']['output'];
  /** Whether the household is a demonstration household (党员示范户). */
  demonstrationHousehold: Scalars['Boolean']['output'];
  /** Code of the grid the member is assigned to (进网入格). */
  gridCode?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Date joined the party (入党日期). */
  joinedOn: Scalars['DateTimeISO']['output'];
  /** Registered, in-service or mobile. */
  kind: PartyMemberKind;
  /** Name (姓名). */
  name: Scalars['String']['output'];
  /** Id of the member's organisation in the party centre. */
  organizationId: Scalars['Int']['output'];
  /** The same resident across all centres. */
  person: Person;
  /** Skills offered to the community (特长). */
  skills: Array<Scalars['String']['output']>;
  /** Workplace of an in-service member (工作单位). */
  workplace?: Maybe<Scalars['String']['output']>;
};

/** A page of party members (党员列表). */
export type PartyMemberConnection = {
  __typename?: 'PartyMemberConnection';
  /** The items on this page. */
  edges: Array<PartyMemberEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PartyMember in a list, with its cursor. */
export type PartyMemberEdge = {
  __typename?: 'PartyMemberEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PartyMember;
};

/** How a party member relates to the community. */
export enum PartyMemberKind {
  /** In-service member reporting to the community (在职党员进社区报到). */
  InService = 'IN_SERVICE',
  /** Mobile member (流动党员). */
  Mobile = 'MOBILE',
  /** Registered here (在册党员). */
  Registered = 'REGISTERED'
}

/** A party organisation (党组织), a node of the community's organisation tree. */
export type PartyOrganization = Node & {
  __typename?: 'PartyOrganization';
  /** Organisations directly under this one (下级组织). */
  children: Array<PartyOrganization>;
  /** Code of the community it belongs to. */
  communityCode: Scalars['String']['output'];
  /** Code of the grid a grid branch covers. */
  gridCode?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Kind of organisation. */
  kind: PartyOrganizationKind;
  /** Name (名称). */
  name: Scalars['String']['output'];
  /** Id of the parent organisation within the party centre; null at the root. */
  parentId?: Maybe<Scalars['Int']['output']>;
  /** Secretary's name (书记). */
  secretaryName?: Maybe<Scalars['String']['output']>;
};

/** A page of party organisations (党组织列表). */
export type PartyOrganizationConnection = {
  __typename?: 'PartyOrganizationConnection';
  /** The items on this page. */
  edges: Array<PartyOrganizationEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PartyOrganization in a list, with its cursor. */
export type PartyOrganizationEdge = {
  __typename?: 'PartyOrganizationEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PartyOrganization;
};

/** Kind of party organisation. */
export enum PartyOrganizationKind {
  /** Building party group (楼栋党小组). */
  BuildingGroup = 'BUILDING_GROUP',
  /** Community party committee (社区党委). */
  CommunityCommittee = 'COMMUNITY_COMMITTEE',
  /** General branch (党总支). */
  GeneralBranch = 'GENERAL_BRANCH',
  /** Grid branch (网格党支部). */
  GridBranch = 'GRID_BRANCH',
  /** Partner unit of the joint committee (大党委共建单位). */
  PartnerUnit = 'PARTNER_UNIT',
  /** Project branch (项目党支部, 一项目一支部). */
  ProjectBranch = 'PROJECT_BRANCH'
}

/** The period of a scorecard: exactly one of month, quarter, or from and to (local time, UTC+8). */
export type PeriodInput = {
  /** Start of a range (inclusive); with `to`. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A month, YYYY-MM. */
  month?: InputMaybe<Scalars['String']['input']>;
  /** A quarter, YYYY-Qn (n from 1 to 4). */
  quarter?: InputMaybe<Scalars['String']['input']>;
  /** End of a range (exclusive); with `from`, at most 366 days later. */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** One resident across the centres (一人多身份): the same person as a party member, volunteer and grid worker, linked inside the API by national ID number, which is never exposed. */
export type Person = Node & {
  __typename?: 'Person';
  /** The person's grid worker posts (网格员身份), from the governance centre. */
  gridWorkerPosts?: Maybe<Array<GridWorker>>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Name (姓名) as the first source that knows the person records it. */
  name: Scalars['String']['output'];
  /** The person's party membership records (党员身份), from the party centre. */
  partyMemberships?: Maybe<Array<PartyMember>>;
  /** The person's volunteer registrations (志愿者身份), from the civic centre. */
  volunteerRecords?: Maybe<Array<Volunteer>>;
};

/** A resident's order for a volunteer service (群众点单). */
export type PlaceDemandInput = {
  /** Kind of service wanted (服务类别). */
  category: ActivityCategory;
  /** Code of the resident's community (12 digits); it must exist in the division registry. */
  communityCode: Scalars['String']['input'];
  /** What is needed, at most 4000 characters. */
  description: Scalars['String']['input'];
  /** Code of the resident's grid (15 digits), inside the community; it must exist. */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Resident's name (居民姓名), at most 40 characters. */
  residentName: Scalars['String']['input'];
  /** Resident's phone number (联系电话). */
  residentPhone?: InputMaybe<Scalars['String']['input']>;
  /** Short title, at most 200 characters. */
  title: Scalars['String']['input'];
};

/** The placed demand. */
export type PlaceDemandPayload = {
  __typename?: 'PlaceDemandPayload';
  /** The demand as it is now. */
  demand: Demand;
  /** True when this was a resend: the demand was placed by an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** A resident's new micro-wish (微心愿). */
export type PostMicroWishInput = {
  /** Code of the resident's community (12 digits); it must exist in the division registry. */
  communityCode: Scalars['String']['input'];
  /** Details (详细说明), at most 2000 characters. */
  description: Scalars['String']['input'];
  /** Code of the resident's grid (15 digits), inside the community; it must exist. */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Resident's name (居民姓名), at most 40 characters. */
  residentName: Scalars['String']['input'];
  /** Resident's phone number (联系电话). */
  residentPhone?: InputMaybe<Scalars['String']['input']>;
  /** The wish in a few words (心愿), at most 120 characters. */
  title: Scalars['String']['input'];
};

/** The posted micro-wish. */
export type PostMicroWishPayload = {
  __typename?: 'PostMicroWishPayload';
  /** The micro-wish as it is now. */
  microWish: MicroWish;
  /** True when this was a resend: the wish was posted by an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** A civilisation practice site: centre (中心), institute (所) or station (站). */
export type PracticeSite = Node & {
  __typename?: 'PracticeSite';
  /** Address. */
  address: Scalars['String']['output'];
  /** Code of the division it serves. */
  divisionCode: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Level. */
  level: PracticeSiteLevel;
  /** Name. */
  name: Scalars['String']['output'];
};

/** A page of practice sites (文明实践阵地列表). */
export type PracticeSiteConnection = {
  __typename?: 'PracticeSiteConnection';
  /** The items on this page. */
  edges: Array<PracticeSiteEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PracticeSite in a list, with its cursor. */
export type PracticeSiteEdge = {
  __typename?: 'PracticeSiteEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PracticeSite;
};

/** Level of a civilisation practice site. */
export enum PracticeSiteLevel {
  /** City centre (实践中心). */
  Centre = 'CENTRE',
  /** Street institute (实践所). */
  Institute = 'INSTITUTE',
  /** Community station (实践站). */
  Station = 'STATION'
}

/** A property service company (物业服务企业) and its party building (红色物业). */
export type PropertyCompany = Node & {
  __typename?: 'PropertyCompany';
  /** The compounds it manages (在管小区). */
  compounds: Array<ResidentialCompound>;
  /** Unified social credit code (统一社会信用代码), 18 characters. */
  creditCode: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** The party-building liaison (党建联络员) the community appointed, when the caller may see them. */
  liaison?: Maybe<PartyMember>;
  /** Name (企业名称). */
  name: Scalars['String']['output'];
  /** How party building reaches it: its own party organisation, a liaison, or neither. */
  partyBuilding: PartyBuilding;
  /** Its own party organisation, when it has one the caller may see. */
  partyOrganization?: Maybe<PartyOrganization>;
  /** Service phone (服务电话). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Residents' ratings of its service, over every compound it managed when rated. */
  ratings: PropertyRatingSummary;
  /** Code of the street it is registered in, as the division registry has it (12 digits, ending in 000). */
  streetCode: Scalars['String']['output'];
};


/** A property service company (物业服务企业) and its party building (红色物业). */
export type PropertyCompanyRatingsArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};

/** A page of property service companies (物业服务企业列表). */
export type PropertyCompanyConnection = {
  __typename?: 'PropertyCompanyConnection';
  /** The items on this page. */
  edges: Array<PropertyCompanyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PropertyCompany in a list, with its cursor. */
export type PropertyCompanyEdge = {
  __typename?: 'PropertyCompanyEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PropertyCompany;
};

/** One resident's rating of a compound's property service in one month (物业服务评价); seen by the resident and the community's staff. */
export type PropertyRating = Node & {
  __typename?: 'PropertyRating';
  /** What the resident wrote (评价意见). */
  comment?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** The month rated, local time (YYYY-MM); a resident rates a compound once a month, a later rating replacing the earlier. */
  month: Scalars['String']['output'];
  /** When it was given. */
  ratedAt: Scalars['DateTimeISO']['output'];
  /** Score, 1 (very poor) to 5 (very good). */
  score: Scalars['Int']['output'];
};

/** A page of property-service ratings (物业服务评价列表). */
export type PropertyRatingConnection = {
  __typename?: 'PropertyRatingConnection';
  /** The items on this page. */
  edges: Array<PropertyRatingEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PropertyRating in a list, with its cursor. */
export type PropertyRatingEdge = {
  __typename?: 'PropertyRatingEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PropertyRating;
};

/** The rating a resident gave. */
export type PropertyRatingPayload = {
  __typename?: 'PropertyRatingPayload';
  /** The rating as stored: this month's, replacing an earlier one of the same month. */
  rating: PropertyRating;
};

/** Residents' ratings of a property service (物业服务满意度). Figures from fewer than five ratings are withheld, so no resident's score can be told. */
export type PropertyRatingSummary = {
  __typename?: 'PropertyRatingSummary';
  /** Ratings given (评价数). */
  count: Scalars['Int']['output'];
  /** Mean score, 1 to 5 (平均分); null when withheld. */
  meanScore?: Maybe<Scalars['Float']['output']>;
  /** Share of ratings of 4 or 5 (满意率), 0 to 1; null when withheld. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** Why the figures are withheld, when they are. */
  withheldReason?: Maybe<Scalars['String']['output']>;
};

/** A new civilisation-practice activity, published for enrolment (发布活动). */
export type PublishActivityInput = {
  /** Volunteer seats (名额), 1 to 500. */
  capacity: Scalars['Int']['input'];
  /** Category (服务类别). */
  category: ActivityCategory;
  /** Code of the community it serves (12 digits); it must exist in the division registry. */
  communityCode: Scalars['String']['input'];
  /** Description, at most 4000 characters. */
  description: Scalars['String']['input'];
  /** End time; after the start and at most 24 hours later. */
  endsAt: Scalars['DateTimeISO']['input'];
  /** Where it takes place (地点), at most 200 characters. */
  location: Scalars['String']['input'];
  /** The practice site holding it (实践中心/所/站). */
  siteId: Scalars['ID']['input'];
  /** Start time; must be in the future. */
  startsAt: Scalars['DateTimeISO']['input'];
  /** The volunteer team running it, if any. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, at most 200 characters. */
  title: Scalars['String']['input'];
};

/** Reads across the three centres and the division registry. */
export type Query = {
  __typename?: 'Query';
  /** Civilisation-practice activities, latest start first (文明实践活动). */
  activities: ActivityConnection;
  /** Every read of personal data in full (个人信息处理记录), newest first; administrators only. */
  auditLog: AuditRecordConnection;
  /** Communities in code order, filtered and keyset-paginated. */
  communities: CommunityConnection;
  /** A community by its 12-digit code; null when no community has it. */
  community?: Maybe<Community>;
  /** Community deliberations, latest first (议事协商). */
  deliberations: DeliberationConnection;
  /** Residents' service orders, newest first (群众点单). */
  demands: DemandConnection;
  /** The data sets shared with partner departments (部门数据共享授权); administrators only. */
  departmentGrants: Array<DepartmentGrant>;
  /** A division by its 12-digit code; null when unknown. */
  division?: Maybe<Division>;
  /** Divisions, optionally children of one parent and of one level, in code order. */
  divisions: Array<Division>;
  /** One event by its readable code (事件编号); null when there is none. */
  eventByCode?: Maybe<Event>;
  /** Governance events (事件), filtered and keyset-paginated. */
  events: EventConnection;
  /** A grid by its 15-digit code; null when unknown. */
  grid?: Maybe<Grid>;
  /** Grid workers in a jurisdiction (网格员). */
  gridWorkers: GridWorkerConnection;
  /** Indicators of a division week by week or month by month (趋势), over at most 60 steps. */
  indicatorSeries: Array<SeriesPoint>;
  /** 三方联动 meetings in a jurisdiction, latest first: held ones for everyone, the rest for the community's staff. */
  jointMeetings: JointMeetingConnection;
  /** Micro-wishes (微心愿), newest first. */
  microWishes: MicroWishConnection;
  /** Resident needs from all three centres in one list, newest first: micro-wishes, service orders and livelihood-request events. */
  needs: ResidentNeedConnection;
  /** Any object by its global id; null when it does not exist. */
  node?: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for those that do not exist. */
  nodes: Array<Maybe<Node>>;
  /** Party members in a jurisdiction, optionally of one kind (党员). */
  partyMembers: PartyMemberConnection;
  /** Party organisations in a jurisdiction, optionally of some kinds (党组织). */
  partyOrganizations: PartyOrganizationConnection;
  /** Civilisation practice sites: centre, institutes and stations (新时代文明实践中心/所/站). */
  practiceSites: PracticeSiteConnection;
  /** Property service companies registered in a jurisdiction (物业服务企业), by how party building reaches them. */
  propertyCompanies: PropertyCompanyConnection;
  /** The ratings of one compound, latest first (物业服务评价): a resident sees their own, the community's staff all. */
  propertyRatings: PropertyRatingConnection;
  /** Red stations within a distance of a point, nearest first: the 15-minute party-mass service circle (15分钟党群服务圈). */
  redStations: Array<RedStation>;
  /** Residential compounds in a jurisdiction (小区). */
  residentialCompounds: ResidentialCompoundConnection;
  /** Community risk assessments, newest first (风险评估). */
  riskAssessments: RiskAssessmentConnection;
  /** A city's, street's or community's scorecard for a period (成效评估), against the period before; null for a division the registry does not know. */
  scorecard?: Maybe<Scorecard>;
  /** The scorecards of a city's streets or a street's communities for a period, each indicator ranked among them (1 the best). */
  scorecards: Array<Scorecard>;
  /** Service posts (按需设岗) in a jurisdiction, optionally of one state, newest first. */
  servicePosts: ServicePostConnection;
  /** Each source database's health and round-trip time (数据源状态). */
  sources: Array<SourceHealth>;
  /** The supervision ledger of a street or community (督办台账): open events that are overdue or under supervision, earliest due first. */
  supervisionList: EventConnection;
  /** A street's or community's needs nobody has taken up for longer than `olderThanHours` (待响应需求), from all three centres, the oldest first. */
  unmatchedNeeds: UnmatchedNeeds;
  /** Bookable venues of the party-mass service complexes in a jurisdiction (阵地). */
  venues: VenueConnection;
  /** Who the API takes the caller to be, from the bearer token (当前用户). */
  viewer: Viewer;
  /** Volunteer teams in a jurisdiction (志愿服务队). */
  volunteerTeams: VolunteerTeamConnection;
  /** Registered volunteers in a jurisdiction (志愿者). */
  volunteers: VolunteerConnection;
};


/** Reads across the three centres and the division registry. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilterInput>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommunityFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryCommunityArgs = {
  code: Scalars['String']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryDeliberationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryDemandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DemandFilterInput>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryDepartmentGrantsArgs = {
  department?: InputMaybe<Scalars['String']['input']>;
};


/** Reads across the three centres and the division registry. */
export type QueryDivisionArgs = {
  code: Scalars['String']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryDivisionsArgs = {
  level?: InputMaybe<DivisionLevel>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


/** Reads across the three centres and the division registry. */
export type QueryEventByCodeArgs = {
  code: Scalars['String']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilterInput>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<EventOrder>;
};


/** Reads across the three centres and the division registry. */
export type QueryGridArgs = {
  code: Scalars['String']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryGridWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryIndicatorSeriesArgs = {
  divisionCode: Scalars['String']['input'];
  from: Scalars['DateTimeISO']['input'];
  indicators: Array<Indicator>;
  interval: SeriesInterval;
  to: Scalars['DateTimeISO']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryJointMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<JointMeetingStatus>>;
};


/** Reads across the three centres and the division registry. */
export type QueryMicroWishesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<MicroWishStatus>>;
};


/** Reads across the three centres and the division registry. */
export type QueryNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NeedFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads across the three centres and the division registry. */
export type QueryPartyMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<PartyMemberKind>;
};


/** Reads across the three centres and the division registry. */
export type QueryPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  kinds?: InputMaybe<Array<PartyOrganizationKind>>;
};


/** Reads across the three centres and the division registry. */
export type QueryPracticeSitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  level?: InputMaybe<PracticeSiteLevel>;
};


/** Reads across the three centres and the division registry. */
export type QueryPropertyCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  partyBuilding?: InputMaybe<PartyBuilding>;
};


/** Reads across the three centres and the division registry. */
export type QueryPropertyRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  compoundId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryRedStationsArgs = {
  first?: Scalars['Int']['input'];
  near: GeoPointInput;
  withinMeters?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryResidentialCompoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  unmanaged?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads across the three centres and the division registry. */
export type QueryRiskAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
  levels?: InputMaybe<Array<RiskLevel>>;
};


/** Reads across the three centres and the division registry. */
export type QueryScorecardArgs = {
  divisionCode: Scalars['String']['input'];
  period: PeriodInput;
};


/** Reads across the three centres and the division registry. */
export type QueryScorecardsArgs = {
  parentCode: Scalars['String']['input'];
  period: PeriodInput;
};


/** Reads across the three centres and the division registry. */
export type QueryServicePostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServicePostFilter>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QuerySupervisionListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  divisionCode: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryUnmatchedNeedsArgs = {
  divisionCode: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
  olderThanHours?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryVolunteerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
};


/** Reads across the three centres and the division registry. */
export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DivisionScope>;
  first?: Scalars['Int']['input'];
};

/** The resident rates the service (评单). */
export type RateDemandInput = {
  /** The demand. */
  demandId: Scalars['ID']['input'];
  /** The demand's version as the caller last saw it. */
  expectedVersion: Scalars['Int']['input'];
  /** Resident's comments (评价意见), at most 2000 characters. */
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** Rating from 1 (poor) to 5 (excellent) (评分). */
  rating: Scalars['Int']['input'];
};

/** Rate a compound's property service this month (物业服务评价). */
export type RatePropertyInput = {
  /** What you want to say (评价意见), at most 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The compound (a ResidentialCompound id); it must have a property company. */
  compoundId: Scalars['ID']['input'];
  /** Score, 1 (very poor) to 5 (very good). */
  score: Scalars['Int']['input'];
};

/** Record a deliberation's outcome (记录议事结果). */
export type RecordDeliberationOutcomeInput = {
  /** Number of attendees (参会人数), 1 to 10000. */
  attendeeCount: Scalars['Int']['input'];
  /** The deliberation. */
  deliberationId: Scalars['ID']['input'];
  /** The deliberation's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Replaces the linked governance events; each must exist in the deliberation's community. Omit to keep them. */
  linkedEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The resolution adopted (协商结果), or for HELD the minutes so far (会议纪要); at most 4000 characters. */
  resolution: Scalars['String']['input'];
  /** The new state: HELD or RESOLVED. */
  status: DeliberationOutcome;
};

/** Record a 三方联动 meeting's outcome (记录三方联动结果). */
export type RecordJointMeetingOutcomeInput = {
  /** The meeting's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The sides that came. A HELD meeting had the community and at least one other side; a CANCELLED one none. */
  partiesPresent?: Array<MeetingParty>;
  /** What the sides agreed (议定事项), at most 20 items of at most 500 characters; none for a CANCELLED meeting. */
  resolutions?: Array<Scalars['String']['input']>;
  /** HELD or CANCELLED. */
  status: JointMeetingOutcome;
  /** Minutes (会议纪要), or why it was called off; at most 4000 characters. */
  summary: Scalars['String']['input'];
};

/** The mediation (调解) of a dispute event. */
export type RecordMediationInput = {
  /** Terms agreed (调解协议); required when the outcome is AGREEMENT. */
  agreement?: InputMaybe<Scalars['String']['input']>;
  /** Type of dispute. */
  disputeType: DisputeType;
  /** The dispute event. */
  eventId: Scalars['ID']['input'];
  /** Mediator (调解员). */
  mediator: Scalars['String']['input'];
  /** Outcome. */
  outcome: MediationOutcome;
  /** The parties (当事人), at least two. */
  parties: Array<Scalars['String']['input']>;
};

/** A recorded mediation and its event. */
export type RecordMediationPayload = {
  __typename?: 'RecordMediationPayload';
  /** The event as it is now. */
  event: Event;
  /** The mediation. */
  mediation: Mediation;
};

/** A red station (红色驿站): a rest point for sanitation workers, couriers and residents. */
export type RedStation = Node & {
  __typename?: 'RedStation';
  /** Address (地址). */
  address: Scalars['String']['output'];
  /** Amenities offered (服务设施), e.g. 饮水, 充电. */
  amenities: Array<Scalars['String']['output']>;
  /** Closing time, local. */
  closesAt: Scalars['String']['output'];
  /** Code of the community it belongs to. */
  communityCode: Scalars['String']['output'];
  /** Metres from the point asked about, in `redStations(near:)`. */
  distanceMeters?: Maybe<Scalars['Float']['output']>;
  /** Unit hosting the station (承建单位). */
  hostUnit?: Maybe<Scalars['String']['output']>;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Latitude (WGS-84). */
  lat: Scalars['Float']['output'];
  /** Longitude (WGS-84). */
  lng: Scalars['Float']['output'];
  /** Name (名称). */
  name: Scalars['String']['output'];
  /** Opening time, local. */
  opensAt: Scalars['String']['output'];
};

/** A new event (事件上报). */
export type ReportEventInput = {
  /** Address, at most 200 characters. */
  address: Scalars['String']['input'];
  /** Category; with urgency it sets the due time (办理时限). */
  category: EventCategory;
  /** Channel it arrived through. */
  channel: EventChannel;
  /** What happened, at most 4000 characters. */
  description: Scalars['String']['input'];
  /** Code of the grid where it happened (15 digits). */
  gridCode: Scalars['String']['input'];
  /** Makes a resend safe: the same key with the same input returns the first result and writes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where exactly; must lie inside the city. */
  location?: InputMaybe<GeoPointInput>;
  /** Reporting resident's name, when a resident reports. */
  reporterName?: InputMaybe<Scalars['String']['input']>;
  /** Reporting resident's phone number. */
  reporterPhone?: InputMaybe<Scalars['String']['input']>;
  /** Short title, at most 200 characters. */
  title: Scalars['String']['input'];
  /** Urgency. */
  urgency: EventUrgency;
};

/** The reported event. */
export type ReportEventPayload = {
  __typename?: 'ReportEventPayload';
  /** The event as it is now. */
  event: Event;
  /** True when this was a resend: the event was reported by an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

/** A summoned department reports (报到) and records its action. */
export type ReportToWhistleInput = {
  /** What it did (处置情况). */
  action: Scalars['String']['input'];
  /** The reporting department; it must have been summoned. */
  department: Scalars['String']['input'];
  /** The whistle. */
  whistleId: Scalars['ID']['input'];
};

/** A resident's need, whichever centre holds it: micro-wishes, service orders and livelihood-request events (群众需求). */
export type ResidentNeed = {
  /** Code of the community it came from. */
  communityCode: Scalars['String']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Who could answer this need, from every centre, best first (供需匹配): volunteers and teams, in-service party members and open posts, upcoming activities of its category, venues, and red stations near it, each with a score and its reasons. Only helpers the caller sees; act on one with the existing workflows (dispatchDemand, claimMicroWish, transitionEvent ASSIGN). */
  matches: Array<NeedMatch>;
  /** State, common to all three centres. */
  needState: NeedState;
  /** When the resident asked. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Which centre holds it. */
  source: NeedSource;
  /** Short title. */
  title: Scalars['String']['output'];
};


/** A resident's need, whichever centre holds it: micro-wishes, service orders and livelihood-request events (群众需求). */
export type ResidentNeedMatchesArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of resident needs from all three centres (群众需求). */
export type ResidentNeedConnection = {
  __typename?: 'ResidentNeedConnection';
  /** The items on this page. */
  edges: Array<ResidentNeedEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ResidentNeed in a list, with its cursor. */
export type ResidentNeedEdge = {
  __typename?: 'ResidentNeedEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ResidentNeed;
};

/** A residential compound (小区) and who manages it. */
export type ResidentialCompound = Node & {
  __typename?: 'ResidentialCompound';
  /** Address (地址). */
  address: Scalars['String']['output'];
  /** Year built (建成年份); older compounds are candidates for renovation (老旧小区改造). */
  builtYear?: Maybe<Scalars['Int']['output']>;
  /** Code of the community (12 digits). */
  communityCode: Scalars['String']['output'];
  /** The property company managing it; null for a compound without one (无物业小区). */
  company?: Maybe<PropertyCompany>;
  /** Code of the grid it lies in (15 digits), when one grid holds it. */
  gridCode?: Maybe<Scalars['String']['output']>;
  /** Households (户数). */
  households: Scalars['Int']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Its 三方联动 meetings the caller may see, in the order they are held. */
  jointMeetings: Array<JointMeeting>;
  /** Name (小区名称). */
  name: Scalars['String']['output'];
  /** Whether the owners have elected an owners' committee (业主委员会). */
  ownersCommittee: Scalars['Boolean']['output'];
  /** Residents' ratings of its property service. */
  ratings: PropertyRatingSummary;
};


/** A residential compound (小区) and who manages it. */
export type ResidentialCompoundRatingsArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};

/** A page of residential compounds (小区列表). */
export type ResidentialCompoundConnection = {
  __typename?: 'ResidentialCompoundConnection';
  /** The items on this page. */
  edges: Array<ResidentialCompoundEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ResidentialCompound in a list, with its cursor. */
export type ResidentialCompoundEdge = {
  __typename?: 'ResidentialCompoundEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ResidentialCompound;
};

/** A risk assessment (风险评估/联合研判) of a community. */
export type RiskAssessment = Node & {
  __typename?: 'RiskAssessment';
  /** When assessed (研判时间). */
  assessedAt: Scalars['DateTimeISO']['output'];
  /** Code of the community assessed. */
  communityCode: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Risk level (风险等级). */
  level: RiskLevel;
  /** Events the assessment is about. */
  linkedEvents: Array<Event>;
  /** Measures decided (防范措施). */
  measures: Scalars['String']['output'];
  /** Topic (研判事项). */
  topic: Scalars['String']['output'];
};

/** A page of risk assessments (风险评估列表). */
export type RiskAssessmentConnection = {
  __typename?: 'RiskAssessmentConnection';
  /** The items on this page. */
  edges: Array<RiskAssessmentEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One RiskAssessment in a list, with its cursor. */
export type RiskAssessmentEdge = {
  __typename?: 'RiskAssessmentEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RiskAssessment;
};

/** Assessed risk level (风险等级). */
export enum RiskLevel {
  /** Critical (重大). */
  Critical = 'CRITICAL',
  /** High (高). */
  High = 'HIGH',
  /** Low (低). */
  Low = 'LOW',
  /** Medium (中). */
  Medium = 'MEDIUM'
}

/** What a caller may see and do (角色); see the README's table. */
export enum Role {
  /** An administrator: everything (管理员). */
  Admin = 'admin',
  /** An analyst: aggregates and de-identified rows (分析人员). */
  Analyst = 'analyst',
  /** Community staff: everything in their jurisdiction (社区工作者). */
  CommunityWorker = 'community_worker',
  /** A partner department: what is assigned or whistled to it and what it is granted (职能部门). */
  Department = 'department',
  /** A grid worker: events and needs of their grids (网格员). */
  GridWorker = 'grid_worker',
  /** Anyone without a token: public facilities, activities and aggregate figures (公众). */
  Public = 'public',
  /** A resident: the public view and their own requests (居民). */
  Resident = 'resident',
  /** Street-office staff: everything in their jurisdiction (街道干部). */
  StreetOfficer = 'street_officer'
}

/** Schedule a community deliberation (安排议事协商). */
export type ScheduleDeliberationInput = {
  /** Code of the community (12 digits); it must exist. */
  communityCode: Scalars['String']['input'];
  /** Format (形式), e.g. 幸福圆桌会, at most 40 characters. */
  format: Scalars['String']['input'];
  /** When it will be held; in the future. */
  heldAt: Scalars['DateTimeISO']['input'];
  /** Governance events of this community it takes up (at most 50); each must exist. */
  linkedEventIds?: Array<Scalars['ID']['input']>;
  /** Participants (参与方), 1 to 50, each at most 80 characters. */
  participants: Array<Scalars['String']['input']>;
  /** Topic (议题), at most 200 characters. */
  topic: Scalars['String']['input'];
};

/** Schedule a 三方联动 meeting on a compound (安排三方联动会议). */
export type ScheduleJointMeetingInput = {
  /** The compound (a ResidentialCompound id); it must have a property company, and lie in the caller's jurisdiction. */
  compoundId: Scalars['ID']['input'];
  /** When it will be held; in the future. */
  heldAt: Scalars['DateTimeISO']['input'];
  /** Topic (议题), at most 200 characters. */
  topic: Scalars['String']['input'];
};

/** A span of time a figure covers: from `from` up to, not including, `to`. */
export type ScorePeriod = {
  __typename?: 'ScorePeriod';
  /** Start (inclusive). */
  from: Scalars['DateTimeISO']['output'];
  /** How to name it: 2026-11, 2026-Q4, or the range's local dates. */
  label: Scalars['String']['output'];
  /** End (exclusive). */
  to: Scalars['DateTimeISO']['output'];
};

/** A division's scorecard for a period (成效评估): every indicator, against the period before. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** The division's code as asked: 6 digits for the city, 9 for a street, 12 for a community. */
  divisionCode: Scalars['String']['output'];
  /** The division's name, from the registry. */
  divisionName?: Maybe<Scalars['String']['output']>;
  /** The figures, in the order of the Indicator enum. */
  indicators: Array<IndicatorFigure>;
  /** The period. */
  period: ScorePeriod;
  /** The period before it, of the same length, that `previousValue` covers. */
  previousPeriod: ScorePeriod;
};

/** The step of a trend. */
export enum SeriesInterval {
  /** Calendar months, local time. */
  Month = 'MONTH',
  /** Weeks, Monday to Monday, local time. */
  Week = 'WEEK'
}

/** One step of a trend: the indicators asked for, over one week or month. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** The figures of the indicators asked for. */
  figures: Array<IndicatorFigure>;
  /** The step. */
  period: ScorePeriod;
};

/** A service post (按需设岗) a community opens for in-service party members to claim (认领岗位). */
export type ServicePost = Node & {
  __typename?: 'ServicePost';
  /** Number of places (岗位数). */
  capacity: Scalars['Int']['output'];
  /** Number of places claimed (已认领数). */
  claimedCount: Scalars['Int']['output'];
  /** Claims on the post (认领情况), earliest first. */
  claims: Array<ServicePostClaim>;
  /** The community that opened the post, from the registry. */
  community?: Maybe<Community>;
  /** Code of the community that opened it. */
  communityCode: Scalars['String']['output'];
  /** When the post was opened (设岗时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the post involves (岗位职责). */
  description: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Skills wanted (所需特长). */
  skillsWanted: Array<Scalars['String']['output']>;
  /** State; FILLED once every place is claimed. */
  status: ServicePostStatus;
  /** Title (岗位名称). */
  title: Scalars['String']['output'];
};

/** A member's claim on a service post (认领记录). */
export type ServicePostClaim = {
  __typename?: 'ServicePostClaim';
  /** When the member claimed the post (认领时间). */
  claimedAt: Scalars['DateTimeISO']['output'];
  /** The member who claimed the place; null when the caller may not see party members there. */
  member?: Maybe<PartyMember>;
};

/** A page of service posts (岗位列表). */
export type ServicePostConnection = {
  __typename?: 'ServicePostConnection';
  /** The items on this page. */
  edges: Array<ServicePostEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ServicePost in a list, with its cursor. */
export type ServicePostEdge = {
  __typename?: 'ServicePostEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ServicePost;
};

/** Which service posts to list. */
export type ServicePostFilter = {
  /** Jurisdiction by code prefix: a city's 6 digits, a street's 9, a community's 12. */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Only posts in this state. */
  status?: InputMaybe<ServicePostStatus>;
};

/** The service post a mutation changed. */
export type ServicePostPayload = {
  __typename?: 'ServicePostPayload';
  /** The post as it is now. */
  post: ServicePost;
};

/** State of a service post (岗位状态). */
export enum ServicePostStatus {
  /** Closed by the community (已关闭). */
  Closed = 'CLOSED',
  /** Every place is claimed (已满员). */
  Filled = 'FILLED',
  /** Open for in-service members to claim (招募中). */
  Open = 'OPEN'
}

/** Health of one source database (数据源状态). */
export type SourceHealth = {
  __typename?: 'SourceHealth';
  /** Source name: registry, party, civic or governance. */
  name: Scalars['String']['output'];
  /** Round-trip time of a trivial statement, in milliseconds. */
  roundTripMs?: Maybe<Scalars['Float']['output']>;
  /** Whether the database answered. */
  up: Scalars['Boolean']['output'];
};

/** How many events are in one state. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The state. */
  status: EventStatus;
};

/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Changes of civilisation-practice activities matching the filter. */
  activityChanged: ActivityChange;
  /** Changes of the bookings of one venue, or of every venue of a community (预约变更). Give exactly one of venueId and communityCode. */
  bookingChanged: VenueBookingChange;
  /** One feed of every change in a jurisdiction, from the chosen centres (辖区变更): each item names its centre, entity and operation, with the node as it is now. */
  changes: Change;
  /** Live counters of a community (社区看板): sent at once, then whenever they change; a burst of writes sends one update. */
  communityStats: CommunityStats;
  /** Changes of service orders (点单) matching the filter. */
  demandChanged: DemandChange;
  /** Changes of governance events matching the filter, including those written straight into the centre's database. */
  eventChanged: EventChange;
  /** Changes of 三方联动 meetings matching the filter (三方联动变更). */
  jointMeetingChanged: JointMeetingChange;
  /** Changes of micro-wishes (微心愿) matching the filter. */
  microWishChanged: MicroWishChange;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionActivityChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityChangeFilter>;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionBookingChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityCode?: InputMaybe<Scalars['String']['input']>;
  venueId?: InputMaybe<Scalars['String']['input']>;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  scope: ChangeScope;
  sources?: InputMaybe<Array<Centre>>;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionCommunityStatsArgs = {
  code: Scalars['String']['input'];
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionDemandChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DemandChangeFilter>;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionEventChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventChangeFilter>;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionJointMeetingChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JointMeetingChangeFilter>;
};


/** Live changes over WebSocket (graphql-ws on /graphql), fed by every centre's own change log. */
export type SubscriptionMicroWishChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MicroWishChangeFilter>;
};

/** Put an overdue event under supervision (督办), change its level, or lift it. */
export type SuperviseEventInput = {
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The event's version as the caller last saw it. */
  expectedVersion: Scalars['Int']['input'];
  /** Supervision level; null lifts supervision (撤销督办). */
  level?: InputMaybe<SupervisionLevel>;
  /** Instructions or reason (督办意见). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Supervision level of an overdue event (督办级别). */
export enum SupervisionLevel {
  /** Ordinary supervision (普通督办). */
  Ordinary = 'ORDINARY',
  /** Red-card supervision (红牌督办). */
  RedCard = 'RED_CARD',
  /** Yellow-card supervision (黄牌督办). */
  YellowCard = 'YELLOW_CARD'
}

/** A time a venue is taken (已占用时段): a confirmed booking's start and end, without who booked or why. */
export type TakenSlot = {
  __typename?: 'TakenSlot';
  /** End (exclusive). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Start. */
  startsAt: Scalars['DateTimeISO']['output'];
};

/** One lifecycle step of an event (流转). */
export type TransitionEventInput = {
  /** The step to take. */
  action: EventAction;
  /** For ASSIGN: the department taking it over (承办部门). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** The event's version as the caller last saw it; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Why, in the actor's words (意见); required for REJECT and REOPEN. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** For ASSIGN: the grid worker taking it over. */
  workerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A street's or community's queue of needs nobody has taken up (待响应需求). */
export type UnmatchedNeeds = {
  __typename?: 'UnmatchedNeeds';
  /** The oldest first. */
  needs: Array<ResidentNeed>;
  /** How many needs are waiting, in all three centres. */
  totalCount: Scalars['Int']['output'];
};

/** A bookable room in a community's party-mass service complex (党群服务阵地). */
export type Venue = Node & {
  __typename?: 'Venue';
  /** Address (地址). */
  address: Scalars['String']['output'];
  /** Confirmed bookings meeting a window (已预约), in time order, as far as the caller may see them (staff of the venue's jurisdiction, a resident their own); one statement for every venue in the request. */
  bookings: Array<VenueBooking>;
  /** Seats (容纳人数). */
  capacity: Scalars['Int']['output'];
  /** Closing time, local (关闭时间), HH:MM:SS. */
  closesAt: Scalars['String']['output'];
  /** Code of the community it belongs to. */
  communityCode: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Kind of room. */
  kind: VenueKind;
  /** Name (名称). */
  name: Scalars['String']['output'];
  /** Opening time, local (开放时间), HH:MM:SS. */
  opensAt: Scalars['String']['output'];
  /** When the venue is taken in a window (已占用时段), in time order, for everyone: the times of every confirmed booking, without who booked. What a booking form needs to offer free slots. */
  takenSlots: Array<TakenSlot>;
};


/** A bookable room in a community's party-mass service complex (党群服务阵地). */
export type VenueBookingsArgs = {
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


/** A bookable room in a community's party-mass service complex (党群服务阵地). */
export type VenueTakenSlotsArgs = {
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A booking of a venue (场地预约). Confirmed bookings of one venue never overlap. */
export type VenueBooking = Node & {
  __typename?: 'VenueBooking';
  /** Who booked (预约人). */
  bookerName: Scalars['String']['output'];
  /** Booker's phone number (联系电话), shown as 138****5678; masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited. */
  bookerPhone?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled (取消时间). */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was booked (预约时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** End (结束时间), exclusive: a booking may start when another ends. */
  endsAt: Scalars['DateTimeISO']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** What the venue is used for (用途). */
  purpose: Scalars['String']['output'];
  /** Start (开始时间). */
  startsAt: Scalars['DateTimeISO']['output'];
  /** State of the booking. */
  status: VenueBookingStatus;
  /** The venue booked. */
  venue: Venue;
};

/** A change of a venue booking (预约变更). */
export type VenueBookingChange = {
  __typename?: 'VenueBookingChange';
  /** When the change was written (transaction time). */
  at: Scalars['DateTimeISO']['output'];
  /** The VenueBooking as it is now; null when deleted. */
  booking?: Maybe<VenueBooking>;
  /** Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated. */
  cursor: Scalars['String']['output'];
  /** Global id of the changed object (also for deletions). */
  id: Scalars['ID']['output'];
  /** What happened to the row. */
  operation: ChangeOperation;
};

/** The booking a mutation changed. */
export type VenueBookingPayload = {
  __typename?: 'VenueBookingPayload';
  /** The booking as it is now. */
  booking: VenueBooking;
};

/** State of a venue booking (预约状态). */
export enum VenueBookingStatus {
  /** Cancelled: the slot is free again (已取消). */
  Cancelled = 'CANCELLED',
  /** Confirmed: the slot is held (已确认). */
  Confirmed = 'CONFIRMED'
}

/** A page of venues (阵地列表). */
export type VenueConnection = {
  __typename?: 'VenueConnection';
  /** The items on this page. */
  edges: Array<VenueEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Venue in a list, with its cursor. */
export type VenueEdge = {
  __typename?: 'VenueEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Venue;
};

/** Kind of room in a party-mass service complex (功能室). */
export enum VenueKind {
  /** Calligraphy and painting room (书画室). */
  CalligraphyRoom = 'CALLIGRAPHY_ROOM',
  /** Chess room (棋艺室). */
  ChessRoom = 'CHESS_ROOM',
  /** Cinema (影院). */
  Cinema = 'CINEMA',
  /** Dance room (舞蹈室). */
  DanceRoom = 'DANCE_ROOM',
  /** Deliberation room (议事室). */
  MeetingRoom = 'MEETING_ROOM',
  /** Shared kitchen (共享厨房). */
  SharedKitchen = 'SHARED_KITCHEN',
  /** Wellness room (康养室). */
  WellnessRoom = 'WELLNESS_ROOM'
}

/** Who the API takes the caller to be, from the bearer token (当前用户). */
export type Viewer = {
  __typename?: 'Viewer';
  /** The caller's department, for partner departments. */
  department?: Maybe<Scalars['String']['output']>;
  /** When the token expires; null for the public. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A grid worker's grids (15-digit codes); empty for other roles. */
  grids: Array<Scalars['String']['output']>;
  /** Division code prefix the caller's access is limited to (辖区). */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** The caller's display name, from the token's name claim; histories record it (else the subject) as who acted. */
  name?: Maybe<Scalars['String']['output']>;
  /** The caller's role. */
  role: Role;
  /** Extra permissions granted, e.g. pii:read. */
  scopes: Array<Scalars['String']['output']>;
  /** The token's subject; null for the public. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** A volunteer (志愿者) registered with the civilisation practice centre. */
export type Volunteer = Node & {
  __typename?: 'Volunteer';
  /** Code of the volunteer's community. */
  communityCode: Scalars['String']['output'];
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** Name (姓名). */
  name: Scalars['String']['output'];
  /** The same resident across all centres. */
  person: Person;
  /** Skills (技能). */
  skills: Array<Scalars['String']['output']>;
  /** The volunteer team the volunteer belongs to (所属队伍), if any. */
  team?: Maybe<VolunteerTeam>;
  /** Credited service hours in total (累计服务时长). */
  totalHours: Scalars['Float']['output'];
  /** Volunteer number (志愿者编号), used instead of the ID number. */
  volunteerNo: Scalars['String']['output'];
};

/** A page of volunteers (志愿者列表). */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** The items on this page. */
  edges: Array<VolunteerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Volunteer in a list, with its cursor. */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Volunteer;
};

/** A volunteer team (志愿服务队). */
export type VolunteerTeam = Node & {
  __typename?: 'VolunteerTeam';
  /** Code of the division it serves. */
  divisionCode: Scalars['String']['output'];
  /** Main field of service. */
  focus: ActivityCategory;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** The team's volunteers (队员), by volunteer number. */
  members: Array<Volunteer>;
  /** Name, e.g. 笑颜义工队. */
  name: Scalars['String']['output'];
};

/** A page of volunteer teams (志愿服务队列表). */
export type VolunteerTeamConnection = {
  __typename?: 'VolunteerTeamConnection';
  /** The items on this page. */
  edges: Array<VolunteerTeamEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One VolunteerTeam in a list, with its cursor. */
export type VolunteerTeamEdge = {
  __typename?: 'VolunteerTeamEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: VolunteerTeam;
};

/** A whistle (吹哨): a street or community summoning departments to an event. */
export type Whistle = Node & {
  __typename?: 'Whistle';
  /** When it was blown. */
  blownAt: Scalars['DateTimeISO']['output'];
  /** Code of the street or community that blew it. */
  blownByCode: Scalars['String']['output'];
  /** The event the departments were summoned to. */
  event: Event;
  /** Opaque global id; do not parse it. */
  id: Scalars['ID']['output'];
  /** What the departments are summoned for (吹哨事由). */
  note: Scalars['String']['output'];
  /** Every department summoned, and whether it has reported (报到). */
  summons: Array<WhistleSummons>;
};

/** A whistle and the event it concerns. */
export type WhistlePayload = {
  __typename?: 'WhistlePayload';
  /** The event as it is now. */
  event: Event;
  /** The whistle. */
  whistle: Whistle;
};

/** A department summoned by a whistle, and its report (报到) once it came. */
export type WhistleSummons = {
  __typename?: 'WhistleSummons';
  /** What it did (处置情况). */
  action?: Maybe<Scalars['String']['output']>;
  /** Department summoned (被吹哨部门). */
  department: Scalars['String']['output'];
  /** When it reported (报到时间); null while it has not. */
  reportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

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