// A corpus of cross-site scripting payloads for the XSS browser test. Each payload, if it
// ever ran, would call window.__xss(<its number>) (or alert/confirm/prompt with it), so the
// test knows exactly which one got through. Shapes follow the usual filter-evasion lists:
// tags, event handlers, dangerous URL schemes with encodings, SVG and MathML, attribute and
// context breakouts, mutation-XSS shapes, </script> and JSON-LD breakouts, CSS expressions.

export interface Payload {
  id: number;
  text: string;
}

/** Script bodies that report to the marker; $ is replaced by the payload's number. */
const calls = ["__xss($)", "alert($)", "top.__xss($)", "window['__x'+'ss']($)", "confirm($)", "prompt($)", "self.__xss`$`", "(0,__xss)($)"];

const tagShapes = [
  "<script>CALL</script>",
  "<SCRIPT>CALL</SCRIPT>",
  "<script >CALL</script >",
  "<script\n>CALL</script>",
  "<scr<script>ipt>CALL</scr</script>ipt>",
  "<script type=module>CALL</script>",
  "<script src=data:text/javascript,CALL></script>",
  "</title><script>CALL</script>",
  "</textarea><script>CALL</script>",
  "</script><script>CALL</script>",
  "</style><script>CALL</script>",
  "<!--<script>CALL</script>-->",
  "<![CDATA[<script>CALL</script>]]>",
  '<noscript><p title="</noscript><img src=x onerror=CALL>">',
  "<style>@import 'javascript:CALL';</style>",
  '<style>body{background:url("javascript:CALL")}</style>',
  '<div style="width:expression(CALL)">x</div>',
  '<div style="background-image:url(javascript:CALL)">x</div>',
  '<iframe srcdoc="<script>parent.CALL</script>"></iframe>',
  '<iframe src="javascript:parent.CALL"></iframe>',
  '<object data="javascript:CALL"></object>',
  '<embed src="javascript:CALL">',
  '<base href="javascript:CALL//">',
  '<meta http-equiv="refresh" content="0;url=javascript:CALL">',
  "<form><button formaction=javascript:CALL>x</button></form>",
  "<isindex action=javascript:CALL type=submit>",
  "<template><script>CALL</script></template>",
];

const handlerShapes = [
  "<img src=x onerror=CALL>",
  '<img src=x onerror="CALL">',
  "<img src=x oNeRrOr=CALL>",
  "<img/src=x/onerror=CALL>",
  "<img src=x onerror\n=CALL>",
  "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;($)>",
  "<img src=`x` onerror=CALL>",
  "<body onload=CALL>",
  "<svg onload=CALL>",
  "<svg/onload=CALL>",
  "<input autofocus onfocus=CALL>",
  "<select autofocus onfocus=CALL>",
  "<textarea autofocus onfocus=CALL>",
  "<details open ontoggle=CALL>",
  "<video><source onerror=CALL>",
  "<audio src=x onerror=CALL>",
  "<marquee onstart=CALL>",
  "<div onmouseover=CALL>hover</div>",
  "<a onfocus=CALL autofocus href=#>x</a>",
  "<object data=x onerror=CALL>",
  "<x contenteditable onfocus=CALL autofocus>",
  "<style onload=CALL></style>",
  "<link rel=stylesheet href=x onerror=CALL>",
];

const attributeBreakouts = [
  '"><img src=x onerror=CALL>',
  "'><img src=x onerror=CALL>",
  '" onmouseover="CALL',
  "' onfocus='CALL' autofocus='",
  '" autofocus onfocus="CALL',
  "`><img src=x onerror=CALL>",
  '"/><svg onload=CALL>',
  "</a><img src=x onerror=CALL>",
  "--><img src=x onerror=CALL>",
  "]]><img src=x onerror=CALL>",
];

const svgMath = [
  "<svg><script>CALL</script></svg>",
  '<svg><script href="data:,CALL"/></svg>',
  "<svg><animate onbegin=CALL attributeName=x dur=1s>",
  "<svg><set attributeName=onmouseover to=CALL>",
  '<svg><a xlink:href="javascript:CALL"><text x=20 y=20>x</text></a></svg>',
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='CALL'/></svg>#x\"/></svg>",
  "<svg><foreignObject><img src=x onerror=CALL></foreignObject></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=CALL>",
  '<math href="javascript:CALL">x</math>',
  "<math><maction actiontype=statusline xlink:href=javascript:CALL>x</maction></math>",
];

const mutation = [
  '<noscript><p title="</noscript><img src=x onerror=CALL>">',
  "<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=CALL>",
  '<svg></p><style><a id="</style><img src=1 onerror=CALL>">',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=CALL>"></style></h1>',
  "<table><td><svg><foreignObject><p><style><img src=x onerror=CALL>",
  '<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=CALL>">',
  "<listing>&lt;img src=x onerror=CALL&gt;</listing>",
  "<xmp><img src=x onerror=CALL></xmp>",
  '<a href="&#x6a;avascript:CALL">x</a>',
];

const jsonAndScriptContext = [
  "</script><img src=x onerror=CALL>",
  "</ScRiPt><script>CALL</script>",
  "\\u003c/script\\u003e<script>CALL</script>",
  '"}</script><script>CALL</script>',
  '","x":"</script><script>CALL</script>',
  "';CALL;//",
  '";CALL;//',
  "${CALL}",
  "{{constructor.constructor('CALL')()}}",
  "<!--</script><script>CALL</script>",
];

/** Dangerous URLs, used both as text and as link targets. */
const schemes = [
  "javascript:CALL",
  "JavaScript:CALL",
  "JAVASCRIPT:CALL",
  " javascript:CALL",
  "\tjavascript:CALL",
  "java\tscript:CALL",
  "java\nscript:CALL",
  "java\rscript:CALL",
  "javascript&colon;CALL",
  "javascript&#58;CALL",
  "javascript&#x3A;CALL",
  "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;CALL",
  "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;CALL",
  "javascript%3ACALL",
  "%6A%61%76%61%73%63%72%69%70%74%3ACALL",
  "jav&#x09;ascript:CALL",
  "javascript://%0aCALL",
  "javascript://comment%0ACALL",
  "data:text/html,<script>CALL</script>",
  "data:text/html;base64,PHNjcmlwdD5fX3hzcygwKTwvc2NyaXB0Pg==",
  "DATA:text/html,<script>CALL</script>",
  "data:image/svg+xml,<svg onload=CALL>",
  "vbscript:msgbox($)",
  "VBScript:msgbox($)",
  "livescript:CALL",
  "x-javascript:CALL",
  "//evil.example/#CALL",
];

const schemeCarriers = [
  '<a href="URL">x</a>',
  "<a href='URL'>x</a>",
  '<iframe src="URL"></iframe>',
  '<form action="URL"><button>x</button></form>',
];

function fill(template: string, id: number, call: string): string {
  return template.replace(/CALL/g, call.replace(/\$/g, String(id))).replace(/\$/g, String(id));
}

/** At least 300 payloads, numbered from 1. */
export function xssPayloads(): Payload[] {
  const out: Payload[] = [];
  const add = (template: string, callIndex: number) => {
    const id = out.length + 1;
    out.push({ id, text: fill(template, id, calls[callIndex % calls.length]) });
  };
  let n = 0;
  for (const shape of [...tagShapes, ...handlerShapes, ...attributeBreakouts, ...svgMath, ...mutation, ...jsonAndScriptContext]) {
    // Two calling styles per shape: a plain call and one that dodges naive keyword filters.
    add(shape, 0);
    add(shape, ++n);
  }
  for (const scheme of schemes) {
    add(scheme, 0);
    for (const carrier of schemeCarriers) add(carrier.replace("URL", scheme), ++n);
  }
  return out;
}

/** The link targets among the payloads: the schemes on their own, for link marks' href. */
export function dangerousHrefs(): Payload[] {
  // A NUL byte is refused everywhere (lib/platform/control-characters.ts), so it is tried only as a link target.
  return [...schemes, "\u0000javascript:CALL"].map((scheme, i) => ({ id: 10_000 + i, text: fill(scheme, 10_000 + i, calls[0]) }));
}
