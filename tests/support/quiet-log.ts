import { configureLog } from "../../src/observability/log.js";

configureLog(process.env.GONGZHI_TEST_LOG_LEVEL || "silent");
