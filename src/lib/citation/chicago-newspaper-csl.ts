/**
 * A CSL style for the one kind of item the archive cites (a newspaper or web article), in the Chicago Manual of
 * Style's notes-and-bibliography form: Author. "Title." Publication, Month Day, Year. Originally published by
 * (a republication's original). URL. Archived copy.
 * citation-js ships APA but no Chicago style; this is registered with it and formatted by citeproc like any other.
 */
export const CHICAGO_NEWSPAPER_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style (notes and bibliography): bibliography entries for newspaper articles</title>
    <id>news-clip-archive-chicago-newspaper</id>
    <updated>2026-01-01T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="circa" form="short">ca.</term>
    </terms>
  </locale>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="first" and="text" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
    </names>
  </macro>
  <macro name="issued">
    <choose>
      <if variable="issued">
        <choose>
          <if is-uncertain-date="issued">
            <text term="circa" form="short" suffix=" "/>
          </if>
        </choose>
        <date variable="issued">
          <date-part name="month" form="long" suffix=" "/>
          <date-part name="day" suffix=", "/>
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <citation>
    <layout>
      <text variable="title" quotes="true"/>
    </layout>
  </citation>
  <bibliography hanging-indent="true">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title" quotes="true"/>
        <group delimiter=", ">
          <text variable="container-title" font-style="italic"/>
          <text macro="issued"/>
        </group>
        <group delimiter=", " prefix="Originally published by ">
          <text variable="original-publisher"/>
          <date variable="original-date">
            <date-part name="month" form="long" suffix=" "/>
            <date-part name="day" suffix=", "/>
            <date-part name="year"/>
          </date>
        </group>
        <text variable="URL"/>
        <group delimiter=", ">
          <text variable="archive" prefix="Archived in "/>
          <text variable="archive_location"/>
        </group>
      </group>
    </layout>
  </bibliography>
</style>`;
