extension ReportWriter {
    /// Okabe–Ito colours: blue #0072B2, vermilion #D55E00, orange #E69F00, bluish green #009E73,
    /// reddish purple #CC79A7, grey. Each colour also comes with a dash, a label or a pattern.
    static let css = """
        :root{--pos:#0072B2;--neg:#D55E00;--mix:#777;--per:#0072B2;--org:#E69F00;--loc:#009E73;--misc:#CC79A7;--ink:#1b1b1b;--muted:#555;--rule:#ddd}
        *{box-sizing:border-box}
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);max-width:1100px;margin:0 auto;padding:1rem 1.5rem 3rem;background:#fff}
        h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--rule)}
        nav a{color:var(--pos)}a:focus,[tabindex]:focus,button:focus,summary:focus{outline:3px solid #000;outline-offset:2px}
        figure{margin:0}svg.network{width:100%;height:auto;border:1px solid var(--rule);background:#fcfcfc}
        .edge{stroke:var(--mix);stroke-dasharray:2 3;cursor:pointer}.edge.positive{stroke:var(--pos);stroke-dasharray:none}.edge.negative{stroke:var(--neg);stroke-dasharray:7 4}
        .head{fill:var(--mix)}.head.positive{fill:var(--pos)}.head.negative{fill:var(--neg)}
        .node{cursor:pointer}.node circle{fill:#fff;stroke:var(--ink);stroke-width:2}.node.person circle{fill:#d6e8f5}.node.org circle{fill:#fbe7c0}.node.loc circle{fill:#cdeee3}.node.misc circle{fill:#f4dcea}
        text.label{font-size:12px;text-anchor:middle;paint-order:stroke;stroke:#fcfcfc;stroke-width:3px}
        .node.selected circle,.edge.selected{stroke-width:5}
        .key.positive{color:var(--pos)}.key.negative{color:var(--neg)}.key.mixed{color:var(--mix)}
        .evidence{border-left:4px solid var(--rule);padding:.25rem 1rem;margin:1rem 0;min-height:3rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}caption{text-align:left;color:var(--muted);padding:.25rem 0}
        th,td{border-bottom:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
        td.bar{width:40%}td.bar span{display:block;height:.9rem;background:var(--pos)}
        .stack{display:inline-flex;width:10rem;height:.9rem;border:1px solid var(--rule);vertical-align:middle}.stack span{display:block;height:100%}
        .stack .negative{background:var(--neg)}.stack .neutral{background:#bbb}.stack .positive{background:var(--pos)}
        .counts{color:var(--muted);font-size:.85rem}
        svg.spark rect{fill:var(--pos)}
        .src{color:var(--muted);font-size:.85rem}
        details{border-bottom:1px solid var(--rule);padding:.4rem 0}summary{cursor:pointer;font-weight:600}summary .id{color:var(--muted);font-weight:400;margin-right:.4rem}summary .meta{color:var(--muted);font-weight:400;font-size:.9rem;margin-left:.5rem}
        .text{white-space:pre-wrap;margin:.5rem 0 1rem;line-height:1.7}
        .ent{border-radius:3px;padding:0 .15em;border-bottom:2px solid}.ent.person{background:#d6e8f5;border-color:var(--per)}.ent.org{background:#fbe7c0;border-color:var(--org)}
        .ent.loc{background:#cdeee3;border-color:var(--loc)}.ent.misc{background:#f4dcea;border-color:var(--misc)}
        .ent[data-label]::after{content:attr(data-label);font-size:.6em;font-weight:700;margin-left:.25em;vertical-align:super;color:var(--muted)}
        .quote{text-decoration:underline wavy #444;text-underline-offset:4px}
        mark.summary{background:#fff3b0;color:inherit}
        .pager{margin:.5rem 0}.pager button{font:inherit;padding:.2rem .8rem}
        .sr{position:absolute;left:-9999px}
        @media print{nav,.pager,.evidence{display:none}.page{display:block!important}details>*{display:block}body{max-width:none}}
        """

    /// Selecting a node or an arrow shows its evidence; the article list pages by 50. Without the
    /// script everything is still there (the tie table holds the evidence, every page shows).
    static let script = """
        (function(){
        "use strict";
        var box=document.getElementById("evidence");
        var rows=function(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));};
        function clear(){rows(".selected").forEach(function(e){e.classList.remove("selected");});}
        function show(title,items){if(!box)return;box.textContent="";var h=document.createElement("h3");h.textContent=title;box.appendChild(h);
        if(!items.length){var p=document.createElement("p");p.textContent="No evidence sentence.";box.appendChild(p);return;}
        var ul=document.createElement("ul");items.forEach(function(t){var li=document.createElement("li");li.textContent=t;ul.appendChild(li);});box.appendChild(ul);}
        function evidenceOf(n){var tr=document.getElementById("tie-"+n);if(!tr)return[];return rows("#tie-"+n+" .ev").map(function(q){return q.textContent;});}
        function pickEdge(e){clear();e.classList.add("selected");var n=e.getAttribute("data-tie");
        show(e.getAttribute("data-source")+" \\u2192 "+e.getAttribute("data-target"),evidenceOf(n));}
        function pickNode(g){clear();g.classList.add("selected");var name=g.getAttribute("data-actor");var items=[];
        rows(".edge").forEach(function(e){if(e.getAttribute("data-source")===name||e.getAttribute("data-target")===name){e.classList.add("selected");
        evidenceOf(e.getAttribute("data-tie")).forEach(function(t){items.push(e.getAttribute("data-source")+" \\u2192 "+e.getAttribute("data-target")+": "+t);});}});
        show(name,items);}
        rows(".edge").forEach(function(e){e.addEventListener("click",function(){pickEdge(e);});e.addEventListener("keydown",function(k){if(k.key==="Enter"||k.key===" "){k.preventDefault();pickEdge(e);}});});
        rows(".node").forEach(function(g){g.addEventListener("click",function(){pickNode(g);});g.addEventListener("keydown",function(k){if(k.key==="Enter"||k.key===" "){k.preventDefault();pickNode(g);}});});
        var pages=rows(".page"),current=0,where=document.querySelector(".pager .where");
        function turn(to){if(!pages.length)return;current=Math.max(0,Math.min(pages.length-1,to));pages.forEach(function(p,i){p.hidden=i!==current;});
        if(where)where.textContent="Page "+(current+1)+" of "+pages.length;}
        rows(".pager button").forEach(function(b){b.addEventListener("click",function(){turn(current+parseInt(b.getAttribute("data-step"),10));});});
        if(pages.length>1)turn(0);
        document.documentElement.setAttribute("data-ready","yes");
        })();
        """
}
