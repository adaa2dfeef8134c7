/**
 * The compliance page's style sheet, inlined in the page: system fonts only, status colours
 * that differ in lightness as well as hue (ColorBrewer's colour-blind-safe red–blue scheme) and
 * always come with an icon and a border style, a phone layout, and print rules.
 */
export const STYLES = `
:root{--fg:#1b1b1b;--muted:#595959;--line:#cfcfcf;--soft:#f5f5f2;--link:#0b4f9c;
--overdue:#a50f15;--urgent:#f4a582;--urgent-line:#b2182b;--soon:#fee08b;--soon-line:#8a6d00;
--upcoming:#dbe9f6;--blue:#2166ac;--done:#ececec;--notice:#2166ac}
*{box-sizing:border-box}
html{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:#fff;-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:90rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--fg)}
h3{font-size:1.1rem;margin:0 0 .25rem}
h4{font-size:1rem;margin:1rem 0 .4rem}
h5{font-size:1rem;margin:0 0 .35rem;display:flex;gap:.4rem;align-items:baseline;flex-wrap:wrap}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
.bi>span+span::before{content:" · "}
.blk>span,.line{display:block}
.blk>span+span::before{content:none}
.blk>span+span{color:var(--muted)}
.sub{margin:0 0 .6rem;color:var(--muted)}
.muted{color:var(--muted);font-weight:normal}
.sprite{position:absolute;width:0;height:0;overflow:hidden}
.ic{width:1.05em;height:1.05em;flex:none;vertical-align:-.15em;fill:none;stroke:currentColor;stroke-width:1.7;stroke-linecap:round;stroke-linejoin:round}
.sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.run{display:flex;flex-wrap:wrap;gap:.2rem 1.6rem;margin:.4rem 0;font-size:.9rem;color:var(--muted)}
.run div{display:flex;gap:.35rem;flex-wrap:wrap}
.run dt{font-weight:600;color:var(--fg)}
.run dd{margin:0}
.toc ul{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.6rem 0 0}
.verdict{font-weight:600;margin:.2rem 0 .8rem;display:flex;gap:.4rem;align-items:baseline}
.verdict.fail{color:var(--overdue)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));gap:.6rem;margin:0;padding:0;list-style:none}
.card{border:1px solid var(--line);border-left-width:6px;border-radius:6px;padding:.45rem .7rem;background:#fff}
.card b{display:block;font-size:1.7rem;line-height:1.2}
.card.k-overdue,.card.k-error{border-left-color:var(--overdue)}
.card.k-overdue b,.card.k-error b{color:var(--overdue)}
.card.k-soon,.card.k-warning{border-left-color:var(--soon-line);border-left-style:dashed}
.card.k-upcoming{border-left-color:var(--blue)}
.card.k-notice{border-left-color:var(--notice);border-left-style:dotted}
.card.k-waived,.card.k-cases{border-left-color:#8c8c8c}
.card a{color:inherit;text-decoration:none;display:block}
.card a:hover span{text-decoration:underline}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
thead th{font-size:.85rem;background:var(--soft)}
.urgent td:first-child{white-space:nowrap}
.status{display:inline-flex;gap:.3rem;align-items:baseline;font-weight:600;padding:.05rem .45rem;border:2px solid;border-radius:4px;font-size:.85rem}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
.tl{min-width:60rem}
.tl td{min-width:3.2rem}
.tl th,.tl td{border-left:1px solid var(--line);padding:.3rem}
.tl thead th{font-weight:600;white-space:nowrap;font-size:.78rem}
.tl thead th.now{background:#fff2b3}
.tl th.who{position:sticky;left:0;z-index:2;background:#fff;min-width:8.5rem;max-width:12rem;font-size:.9rem;border-left:0;box-shadow:1px 0 0 var(--line)}
.tl thead th.who{background:var(--soft)}
.tl th.who small{display:block;font-weight:normal;color:var(--muted);overflow-wrap:anywhere}
.tl td.late{background:#fbeaea}
.tl td.now{background:#fffbe6}
.tl .empty{color:var(--muted);font-size:.8rem;font-style:italic}
.wk{display:block}
.tl thead .to{display:block;font-weight:normal}
.wkd{display:none}
.chip{position:relative;display:flex;gap:.3rem;align-items:flex-start;text-decoration:none;color:inherit;border:2px solid;border-radius:5px;padding:.15rem .3rem;margin:0 0 .25rem;font-size:.78rem;line-height:1.25;min-width:6.8rem;max-width:12rem;break-inside:avoid}
.chip:hover{text-decoration:underline}
.chip .ic{margin-top:.05rem}
.chip .when{font-weight:700;white-space:nowrap}
.chip .what{display:block}
.chip .blk>span+span{color:inherit;opacity:.85}
.more{font-size:.8rem;color:var(--muted)}
.t-overdue{background:var(--overdue);color:#fff;border-color:var(--overdue)}
.chip.t-overdue .blk>span+span{color:#fff}
.t-urgent{background:var(--urgent);border-color:var(--urgent-line)}
.t-soon{background:var(--soon);border-color:var(--soon-line);border-style:dashed}
.t-upcoming{background:var(--upcoming);border-color:var(--blue)}
.t-later{background:#fff;border-color:var(--blue);border-style:dotted}
.t-other{background:#fff;border-color:#767676;border-style:dotted}
.t-done{background:var(--done);border-color:#8c8c8c;color:#333}
.sev-error{color:var(--overdue)}
.sev-warning{color:var(--soon-line)}
.sev-notice{color:var(--notice)}
.sev-waived{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;list-style:none;padding:0;margin:.5rem 0;font-size:.85rem}
.legend li{display:flex;gap:.35rem;align-items:center}
.legend .chip{min-width:0;margin:0}
.case{border-top:1px solid var(--line);padding:1rem 0 .5rem}
.case .file{font-size:.85rem;color:var(--muted);margin:0 0 .4rem;overflow-wrap:anywhere}
.deadline{border:1px solid var(--line);border-left:6px solid;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0;break-inside:avoid;background:#fff}
.deadline.t-overdue,.deadline.t-urgent,.deadline.t-soon,.deadline.t-upcoming,.deadline.t-later,.deadline.t-other,.deadline.t-done{background:#fff;color:var(--fg)}
.deadline.t-overdue{border-left-color:var(--overdue)}
.deadline.t-urgent{border-left-color:var(--urgent-line)}
.deadline.t-soon{border-left-color:var(--soon-line)}
.deadline.t-upcoming,.deadline.t-later{border-left-color:var(--blue)}
.deadline.t-other,.deadline.t-done{border-left-color:#8c8c8c}
.facts{display:grid;grid-template-columns:11rem minmax(0,1fr);gap:.2rem .9rem;margin:.3rem 0;font-size:.92rem}
.facts dt{font-weight:600}
.facts dt::first-letter{text-transform:uppercase}
.facts dd{margin:0;min-width:0;overflow-wrap:anywhere}
.facts ul{margin:0;padding-left:1.1rem}
.cite{overflow-wrap:anywhere}
.kind{display:inline-block;font-size:.75rem;font-weight:700;border:1px solid;border-radius:3px;padding:0 .3rem;margin-right:.3rem;text-transform:uppercase;letter-spacing:.02em}
.kind.secondary{background:#fff2b3;border-color:var(--soon-line);color:#5c4800}
.findings{list-style:none;padding:0;margin:0}
.finding{border-bottom:1px solid var(--line);padding:.5rem 0 .5rem .2rem;break-inside:avoid}
.finding .head{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}
.finding .msg{margin:.2rem 0}
.finding .meta{font-size:.85rem;color:var(--muted);margin:.15rem 0}
.back{font-size:.85rem;margin:.4rem 0 0}
:target{scroll-margin-top:.5rem;outline:3px solid var(--link);outline-offset:3px}
footer{margin-top:2.5rem;padding-top:.6rem;border-top:1px solid var(--line);font-size:.85rem;color:var(--muted)}
@media (max-width:700px){
body{padding:.6rem .7rem 2rem}
h1{font-size:1.35rem}
.cards{grid-template-columns:repeat(2,1fr)}
.urgent thead{display:none}
.urgent,.urgent tbody,.urgent tr,.urgent td{display:block;width:100%}
.urgent tr{border:1px solid var(--line);border-radius:6px;margin:0 0 .5rem;padding:.3rem}
.urgent td{border:0;padding:.15rem .3rem}
.urgent td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
.scroll{overflow:visible;border:0}
.tl{min-width:0}
.tl thead{display:none}
.tl,.tl tbody,.tl tr,.tl td,.tl th.who{display:block;width:100%;max-width:none;position:static;box-shadow:none}
.tl tr{border:1px solid var(--line);border-radius:6px;margin:0 0 .6rem}
.tl th.who{background:var(--soft)}
.tl td{border-left:0;border-bottom:0}
.tl td.blank{display:none}
.wkd{display:block;font-size:.78rem;font-weight:600;color:var(--muted);margin-bottom:.15rem}
.chip{max-width:none}
.facts{grid-template-columns:1fr}
.facts dd{margin-bottom:.3rem}
}
@page{size:A4;margin:12mm}
@page wide{size:A4 landscape;margin:10mm}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
html{font-size:9.5pt}
body{max-width:none;padding:0}
.toc,.back{display:none}
h2{break-after:avoid;margin-top:1.2rem}
#timeline{page:wide}
.scroll{overflow:visible;border:0}
.tl{min-width:0;table-layout:auto}
.tl th.who{position:static;box-shadow:none;min-width:7rem}
.chip{min-width:0;max-width:none;font-size:7.5pt}
.chip .when{white-space:normal}
.chip .wd{display:none}
.tl td{min-width:0}
.tl thead{display:table-header-group}
.tl tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
a.ext::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
.case{break-inside:auto}
.deadline,.finding,.card{break-inside:avoid}
:target{outline:0}
}
`;
