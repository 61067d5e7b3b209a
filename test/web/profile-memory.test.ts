/** @jest-environment jsdom */
import { rememberedProfile, rememberProfile } from "../../src/web/profile-memory";

describe("the 口径 remembered by the web page", () => {
  afterEach(() => localStorage.clear());

  it("starts with the default, then with the 口径 last chosen", () => {
    expect(rememberedProfile()).toBe("default");
    rememberProfile("hubei");
    expect(rememberedProfile()).toBe("hubei");
  });

  it("ignores a remembered name that is no built-in 口径 (one an older or newer version saved)", () => {
    localStorage.setItem("perfcheck.profile", "shanghai");
    expect(rememberedProfile()).toBe("default");
  });

  it("works, without remembering, where the browser refuses storage", () => {
    const refuse = () => {
      throw new DOMException("denied", "SecurityError");
    };
    const spies = [jest.spyOn(Storage.prototype, "getItem").mockImplementation(refuse), jest.spyOn(Storage.prototype, "setItem").mockImplementation(refuse)];
    expect(() => rememberProfile("hubei")).not.toThrow();
    expect(rememberedProfile()).toBe("default");
    spies.forEach((s) => s.mockRestore());
  });
});
