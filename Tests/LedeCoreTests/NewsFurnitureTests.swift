import LedeCore
import Testing

@Suite("NewsFurniture")
struct NewsFurnitureTests {
    @Test("finds headline, byline and an agency dateline")
    func agencyStyle() throws {
        let text = """
            Envoys Gather as Talks Stall
            By Ann Roe and Ben Hale

            LONDON (Agency) — Envoys met on Monday. They left.

            Photo: Envoys arrive at the hall.
            """
        let document = TextTestSupport.document(text)
        #expect(document.headline.map(document.text) == "Envoys Gather as Talks Stall")
        #expect(document.byline.map(document.text) == "By Ann Roe and Ben Hale")
        #expect(document.dateline.map(document.text) == "LONDON (Agency) —")
        #expect(document.furniture.datelinePlace.map(document.text) == "LONDON")
        #expect(document.furniture.captions.map(document.text) == ["Photo: Envoys arrive at the hall."])
    }

    @Test("finds a plain dash dateline and a dated one")
    func datelines() {
        let dashed = TextTestSupport.document("Title Here\nWASHINGTON, D.C. — The Senate met.")
        #expect(dashed.dateline.map(dashed.text) == "WASHINGTON, D.C. —")
        let dated = TextTestSupport.document("SOCCER - CLUB WINS AGAIN .\nLONDON 1996-08-30\nThe club won .")
        #expect(dated.headline.map(dated.text) == "SOCCER - CLUB WINS AGAIN .")
        #expect(dated.dateline.map(dated.text) == "LONDON 1996-08-30")
    }

    @Test("finds nothing in plain body text")
    func plainText() {
        let document = TextTestSupport.document("The Senate met on Monday. US stocks fell — sharply.")
        #expect(document.headline == nil)
        #expect(document.byline == nil)
        #expect(document.dateline == nil)
        #expect(document.furniture.captions.isEmpty)
    }
}
