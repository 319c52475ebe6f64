import { describe, expect, it } from "vitest";
import { html, trusted } from "./html.ts";

describe("html", () => {
  it("escapes every interpolated string, in text and in quoted attributes", () => {
    const name = `<script>alert("x")</script> & 'y'`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>",
    );
  });

  it("nests fragments and lists without escaping them twice, and drops empty values", () => {
    const items = ["a<b", "c&d"].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe("<ul><li>a&lt;b</li><li>c&amp;d</li></ul>0");
  });

  it("passes trusted markup through as is", () => {
    expect(html`<div>${trusted("<svg></svg>")}</div>`.value).toBe("<div><svg></svg></div>");
  });
});
