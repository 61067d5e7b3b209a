import defaultProfileJson from "../../../src/core/profile/default.json";
import hubeiProfileJson from "../../../src/core/profile/hubei.json";
import { builtInProfiles, defaultProfile, parseProfile, ProfileError, profileFromOverrides } from "../../../src/core/profile";
import { profileSchema } from "../../../src/core/profile/schema";

function rejection(overrides: unknown): string {
  try {
    profileFromOverrides(overrides);
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as Error).message;
  }
  throw new Error(`profile ${JSON.stringify(overrides)} was accepted`);
}

describe("built-in profiles", () => {
  it("the default profile validates", () => {
    expect(profileSchema.safeParse(defaultProfileJson).success).toBe(true);
    expect(parseProfile(defaultProfileJson)).toEqual(defaultProfile);
    expect(builtInProfiles.default).toBe(defaultProfile);
  });

  it("the hubei profile validates on top of the default and changes only what it lists", () => {
    const hubei = builtInProfiles.hubei;
    expect(profileSchema.safeParse(hubei).success).toBe(true);
    expect(hubei.name).toBe("hubei");
    expect(hubei.weightNorm).toEqual({ execution: 20, output: 40, benefit: 30, satisfaction: 10 });
    expect(hubei.gradeBands.map((b) => b.name)).toEqual(["优秀", "良好", "中等", "差"]);
    expect(hubei.qualitativeBands).toEqual(hubeiProfileJson.qualitativeBands);
    expect(hubei.tolerances).toEqual(defaultProfile.tolerances);
    expect(hubei.synonyms).toEqual(defaultProfile.synonyms);
    expect(hubei.totalWeight).toBe(100);
  });

  it("the default tolerances are the catalog's: 0.005 equal, 0.02 drift, 0.02 万元, 0.5 percentage point", () => {
    expect(defaultProfile.tolerances).toEqual({ equal: 0.005, drift: 0.02, money: 0.02, rate: 0.005 });
    expect(defaultProfile.overshoot).toBe(0.3);
    expect(defaultProfile.totalWeight).toBe(100);
  });

  it("an empty override is the default profile", () => {
    expect(profileFromOverrides({})).toEqual(defaultProfile);
  });

  it("an override merges objects key by key and replaces arrays", () => {
    const p = profileFromOverrides({ tolerances: { drift: 0.03 }, gradeBands: [{ min: 0, name: "合格" }] });
    expect(p.tolerances).toEqual({ ...defaultProfile.tolerances, drift: 0.03 });
    expect(p.gradeBands).toEqual([{ min: 0, name: "合格", aliases: [] }]);
  });
});

describe("malformed profiles are rejected with the field path", () => {
  it.each([
    [{ totalWeight: "100" }, "totalWeight"],
    [{ totalWeight: -5 }, "totalWeight"],
    [{ tolerances: { drift: -1 } }, "tolerances.drift"],
    [{ tolerances: { money: "0.02" } }, "tolerances.money"],
    [{ qualitativeBands: { excellentMin: 1.5 } }, "qualitativeBands.excellentMin"],
    [{ executionScore: { mode: "stepped" } }, "executionScore.mode"],
    [{ executionScore: { mode: "banded", bands: [] } }, "executionScore.bands"],
    [{ executionScore: { mode: "banded", bands: [{ minRate: 0.8, ratio: 7 }] } }, "executionScore.bands.0.ratio"],
    [{ gradeBands: [] }, "gradeBands"],
    [{ gradeBands: [{ min: 90 }] }, "gradeBands.0.name"],
    [{ scoreDecimals: 2.5 }, "scoreDecimals"],
    [{ reverseScoring: "inverse" }, "reverseScoring"],
    [{ synonyms: { columns: { weight: [] } } }, "synonyms.columns.weight"],
    [{ weightNorm: { execution: "20" } }, "weightNorm.execution"],
  ])("%j names %s", (overrides, path) => {
    const message = rejection(overrides);
    expect(message).toMatch(/^invalid profile: /);
    expect(message).toContain(`${path}:`);
  });

  it("names every bad field at once", () => {
    const message = rejection({ totalWeight: "100", tolerances: { drift: -1 } });
    expect(message).toContain("totalWeight:");
    expect(message).toContain("tolerances.drift:");
  });

  it("says what is wrong with each field in the language asked for", () => {
    const problems = (language: "zh-CN" | "en-US") => {
      try {
        profileFromOverrides({ totalWeight: "100" }, language);
      } catch (e) {
        return (e as ProfileError).problems;
      }
      throw new Error("the profile was accepted");
    };
    expect(problems("zh-CN")).toEqual([{ path: "totalWeight", message: "无效输入：期望 数字，实际接收 string" }]);
    expect(problems("en-US")).toEqual([{ path: "totalWeight", message: "Invalid input: expected number, received string" }]);
  });

  it("parseProfile rejects an incomplete profile", () => {
    expect(() => parseProfile({ name: "x" })).toThrow(ProfileError);
    expect(() => parseProfile({ name: "x" })).toThrow(/synonyms/);
  });
});
