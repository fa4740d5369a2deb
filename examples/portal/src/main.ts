// The example portal's page: a community page (the three centres' data side by side) and its
// live dashboard (counters and the event feed), on its own origin, calling the API cross-origin.
import { PortalCommunityDocument, PortalEventFeedDocument, PortalStatsDocument, type PortalCommunityQuery, type PortalEventFeedSubscription, type PortalStatsSubscription } from "../generated/operations.js";
import { createApiClient, type ApiClient } from "./client.js";

type Community = NonNullable<PortalCommunityQuery["community"]>;
type Stats = PortalStatsSubscription["communityStats"];
type FeedItem = PortalEventFeedSubscription["eventChanged"];

const TOKEN_KEY = "gongzhi-portal-token";
const params = new URL(location.href).searchParams;
// The API's URL, written into the page by its server (which also allows only it in the page's
// Content-Security-Policy); the community from `?community=`.
const apiUrl = document.querySelector<HTMLMetaElement>('meta[name="gongzhi-api"]')?.content ?? "http://localhost:4000/graphql";
const communityCode = params.get("community") ?? "420683001001";

const LABELS: Record<string, string> = {
  // venue kinds
  CALLIGRAPHY_ROOM: "书画室", CHESS_ROOM: "棋牌室", CINEMA: "放映厅", DANCE_ROOM: "舞蹈室", MEETING_ROOM: "会议室", SHARED_KITCHEN: "共享厨房", WELLNESS_ROOM: "康养室",
  // activity categories
  CHILD_CARE: "关爱儿童", CULTURE: "文化", EDUCATION: "教育", ELDERLY_CARE: "为老服务", ENVIRONMENT: "环境", HEALTH: "健康", MORAL_LECTURE: "道德讲堂", POVERTY_RELIEF: "帮困", SCIENCE: "科普", SPORTS: "体育", THEORY: "理论宣讲",
  // event states
  REPORTED: "已上报", ACCEPTED: "已受理", ASSIGNED: "已派遣", IN_PROGRESS: "处置中", RESPONDED: "已反馈", VERIFIED: "已核查", CLOSED: "已结案", REJECTED: "不予受理",
  // urgency
  CRITICAL: "特急", HIGH: "紧急", NORMAL: "一般", LOW: "缓办",
  // event categories (ENVIRONMENT is shared with activities)
  DISPUTE: "矛盾纠纷", FACILITIES: "设施", LIVELIHOOD: "民生", PUBLIC_ORDER: "治安", SAFETY_HAZARD: "安全隐患",
  // change operations
  INSERT: "新增", UPDATE: "更新", DELETE: "删除",
};
const label = (value: string): string => LABELS[value] ?? value;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
};

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// The centres' local time, wherever the visitor's browser is.
const TIME_ZONE = "Asia/Shanghai";
const time = (iso: string): string => new Date(iso).toLocaleString("zh-CN", { timeZone: TIME_ZONE, month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });
const clock = (iso: string): string => new Date(iso).toLocaleTimeString("zh-CN", { timeZone: TIME_ZONE, hour12: false });

/** The page's overall state, also read by the browser test: loading, ready or error. */
function setState(state: "loading" | "ready" | "error", message = ""): void {
  document.body.dataset.state = state;
  const banner = $("status");
  banner.hidden = state !== "error";
  banner.textContent = message;
}

function setLive(state: "connecting" | "live" | "error", text: string): void {
  const live = $("live");
  live.dataset.live = state;
  live.textContent = text;
}

const list = (items: string[], empty: string): string => (items.length ? `<ul class="items">${items.join("")}</ul>` : `<p class="empty">${empty}</p>`);

function renderCommunity(community: Community, signedIn: boolean): void {
  $("community-name").textContent = community.name;
  $("community-street").textContent = `${community.street?.name ?? ""} · ${community.code}`;

  const venues = (community.venues ?? []).map((v) => `<li><strong>${escape(v.name)}</strong><span class="tag">${label(v.kind)}</span><span class="muted">${v.opensAt.slice(0, 5)}–${v.closesAt.slice(0, 5)}</span></li>`);
  const allStations = community.redStations ?? [];
  const stations = allStations.slice(0, 5).map(
    (s) => `<li><strong>${escape(s.name)}</strong><span class="muted">${escape(s.address)}</span><span class="chips">${s.amenities.map((a) => `<span class="chip">${escape(a)}</span>`).join("")}</span></li>`,
  );
  $("party").innerHTML = `
    <div class="figure"><span class="number">${community.partyMemberCount ?? "—"}</span><span>名党员</span></div>
    <h3>党群阵地</h3>${list(venues, "暂无场地")}
    <h3>红色驿站${allStations.length > stations.length ? ` <span class="muted">共 ${allStations.length} 个</span>` : ""}</h3>${list(stations, "暂无驿站")}`;

  const activities = (community.activities ?? []).map(
    (a) => `<li><strong>${escape(a.title)}</strong><span class="tag">${label(a.category)}</span><span class="muted">${time(a.startsAt)} · ${escape(a.location)}</span></li>`,
  );
  $("civic").innerHTML = `<h3>近期志愿活动</h3>${list(activities, "暂无活动")}`;

  const grids = (community.grids ?? []).map((g) => `<tr><td>${escape(g.name)}</td><td class="num">${g.population}</td><td class="num">${g.households}</td></tr>`);
  const events = community.events;
  const eventItems = (events?.edges ?? []).map(
    ({ node: e }) => `<li><strong>${escape(e.title)}</strong><span class="tag status-${e.status.toLowerCase()}">${label(e.status)}</span><span class="muted">${e.code} · ${label(e.urgency)}</span></li>`,
  );
  $("governance").innerHTML = `
    <h3>网格</h3>
    <table class="grid"><thead><tr><th>网格</th><th class="num">人口</th><th class="num">户数</th></tr></thead><tbody>${grids.join("")}</tbody></table>
    <h3>在办事件${events && signedIn ? ` <span class="muted">共 ${events.totalCount} 件</span>` : ""}</h3>
    ${signedIn ? list(eventItems, "暂无在办事件") : `<p class="empty">事件明细仅对工作人员开放：在右上角填入令牌。</p>`}`;
}

function renderStats(stats: Stats): void {
  const open = stats.openEventsByStatus.reduce((sum, s) => sum + s.count, 0);
  const tiles: [string, number, string][] = [
    ["在办事件", open, "open"],
    ["超期事件", stats.overdueEvents, stats.overdueEvents > 0 ? "alert" : ""],
    ["待办点单", stats.openDemands, ""],
    ["待实现微心愿", stats.openMicroWishes, ""],
    ["今日活动", stats.activitiesToday, ""],
    ["今日预约", stats.bookingsToday, ""],
  ];
  $("stats").innerHTML = tiles.map(([name, value, kind]) => `<div class="tile ${kind}"><span class="number">${value}</span><span>${name}</span></div>`).join("");
  $("counted-at").textContent = `更新于 ${clock(stats.countedAt)}`;
}

function addFeedItem(item: FeedItem): void {
  const feed = $("feed");
  feed.querySelector(".empty")?.remove();
  const li = document.createElement("li");
  li.className = "fresh";
  li.dataset.code = item.event?.code ?? "";
  const event = item.event;
  li.innerHTML = event
    ? `<span class="op op-${item.operation.toLowerCase()}">${label(item.operation)}</span><strong>${escape(event.title)}</strong><span class="tag status-${event.status.toLowerCase()}">${label(event.status)}</span><span class="muted">${event.code} · ${label(event.category)} · ${clock(item.at)}</span>`
    : `<span class="op op-delete">${label(item.operation)}</span><span class="muted">${clock(item.at)}</span>`;
  feed.prepend(li);
  while (feed.children.length > 12) feed.lastElementChild?.remove();
}

/** What the page tells a visitor when the API cannot be reached or refuses. */
function problem(error: { networkError?: Error; graphQLErrors?: readonly { message: string }[]; message: string }): string {
  if (error.networkError) return `无法连接接口 ${apiUrl}：${error.networkError.message}。若本页所在的源不在接口的 GONGZHI_CORS_ORIGINS 中，浏览器会拒绝跨源请求。`;
  return error.graphQLErrors?.map((e) => e.message).join("；") || error.message;
}

let client: ApiClient | null = null;
const stops: (() => void)[] = [];

function start(): void {
  for (const stop of stops.splice(0)) stop();
  client?.dispose();
  const token = sessionStorage.getItem(TOKEN_KEY);
  const signedIn = token !== null;
  $("who").textContent = signedIn ? "工作人员" : "访客";
  setState("loading");
  setLive("connecting", "实时连接中…");
  client = createApiClient(apiUrl, token, {
    onSocket: (state, detail) => (state === "connected" ? setLive("live", "实时") : setLive("error", `实时连接已断开${detail ? `（${detail}）` : ""}`)),
  });
  const { urql } = client;

  void urql
    .query(PortalCommunityDocument, { code: communityCode })
    .toPromise()
    .then((result) => {
      if (result.error && !result.data?.community) return setState("error", problem(result.error));
      if (!result.data?.community) return setState("error", `没有编码为 ${communityCode} 的社区`);
      renderCommunity(result.data.community, signedIn);
      setState("ready");
    });

  const stats = urql.subscription(PortalStatsDocument, { code: communityCode }).subscribe((result) => {
    if (result.data) renderStats(result.data.communityStats);
    else if (result.error) setLive("error", problem(result.error));
  });
  stops.push(() => stats.unsubscribe());
  if (signedIn) {
    const feed = urql.subscription(PortalEventFeedDocument, { code: communityCode }).subscribe((result) => {
      if (result.data) addFeedItem(result.data.eventChanged);
      else if (result.error) setLive("error", problem(result.error));
    });
    stops.push(() => feed.unsubscribe());
    $("feed").innerHTML = `<li class="empty">等待新的事件…</li>`;
  } else {
    $("feed").innerHTML = `<li class="empty">事件动态仅对工作人员开放：在右上角填入令牌。</li>`;
  }
}

$<HTMLFormElement>("token-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const value = $<HTMLInputElement>("token").value.trim();
  if (value) sessionStorage.setItem(TOKEN_KEY, /^bearer /i.test(value) ? value : `Bearer ${value}`);
  else sessionStorage.removeItem(TOKEN_KEY);
  $<HTMLInputElement>("token").value = "";
  start();
});
$("api-url").textContent = apiUrl;
start();
