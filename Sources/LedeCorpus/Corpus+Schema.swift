import GRDB

extension Corpus {
    /// The schema, one migration per version. A migration is never edited once released: a change
    /// is a new migration, so every older corpus reaches the current schema step by step.
    static var migrator: DatabaseMigrator { migrator(upTo: schemaVersion) }

    static func migrator(upTo version: Int) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1: articles, search, analyses") { db in
            try db.execute(
                sql: """
                    CREATE TABLE corpus_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE article(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        hash INTEGER NOT NULL UNIQUE,
                        title TEXT NOT NULL,
                        day TEXT,
                        source TEXT,
                        words INTEGER NOT NULL,
                        metadata TEXT NOT NULL,
                        body TEXT NOT NULL);
                    CREATE INDEX article_day ON article(day);
                    CREATE INDEX article_source ON article(source COLLATE NOCASE);
                    CREATE VIRTUAL TABLE article_text USING fts5(
                        title, body, content = 'article', content_rowid = 'id',
                        tokenize = 'unicode61 remove_diacritics 2');
                    CREATE TRIGGER article_text_insert AFTER INSERT ON article BEGIN
                        INSERT INTO article_text(rowid, title, body) VALUES (new.id, new.title, new.body);
                    END;
                    CREATE TRIGGER article_text_delete AFTER DELETE ON article BEGIN
                        INSERT INTO article_text(article_text, rowid, title, body)
                            VALUES ('delete', old.id, old.title, old.body);
                    END;
                    CREATE TABLE analysis(
                        id INTEGER PRIMARY KEY,
                        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        plugin TEXT NOT NULL,
                        version TEXT NOT NULL,
                        result TEXT NOT NULL,
                        UNIQUE(article, plugin));
                    CREATE INDEX analysis_done ON analysis(plugin, version, article);
                    """)
            try db.execute(sql: "INSERT INTO corpus_info(key, value) VALUES ('schema', '1')")
        }
        guard version >= 2 else { return migrator }
        migrator.registerMigration("2: facts for questions across articles") { db in
            try db.execute(
                sql: """
                    CREATE TABLE mention(
                        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        entity TEXT NOT NULL,
                        label TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        first INTEGER NOT NULL,
                        names TEXT NOT NULL,
                        roles TEXT NOT NULL);
                    CREATE INDEX mention_article ON mention(article);
                    CREATE INDEX mention_entity ON mention(entity, label);
                    CREATE TABLE entity_stats(
                        entity TEXT NOT NULL,
                        label TEXT NOT NULL,
                        articles INTEGER NOT NULL,
                        mentions INTEGER NOT NULL,
                        first TEXT,
                        last TEXT,
                        roles TEXT NOT NULL,
                        PRIMARY KEY(entity, label)) WITHOUT ROWID;
                    CREATE TABLE quote(
                        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        start INTEGER NOT NULL,
                        speaker TEXT,
                        text TEXT NOT NULL);
                    CREATE INDEX quote_article ON quote(article);
                    CREATE INDEX quote_speaker ON quote(speaker);
                    CREATE VIRTUAL TABLE quote_text USING fts5(
                        text, content = 'quote', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
                    CREATE TRIGGER quote_text_insert AFTER INSERT ON quote BEGIN
                        INSERT INTO quote_text(rowid, text) VALUES (new.rowid, new.text);
                    END;
                    CREATE TRIGGER quote_text_delete AFTER DELETE ON quote BEGIN
                        INSERT INTO quote_text(quote_text, rowid, text) VALUES ('delete', old.rowid, old.text);
                    END;
                    CREATE TABLE relation(
                        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        source TEXT NOT NULL,
                        target TEXT NOT NULL,
                        polarity TEXT NOT NULL,
                        score REAL NOT NULL,
                        evidence TEXT NOT NULL);
                    CREATE INDEX relation_article ON relation(article);
                    CREATE INDEX relation_source ON relation(source);
                    CREATE INDEX relation_target ON relation(target);
                    """)
            // Analyses stored under schema 1 give their facts now.
            let rows = try Row.fetchAll(db, sql: "SELECT article, plugin, result FROM analysis")
            for row in rows {
                let article: Int64 = row["article"]
                try Facts.record(plugin: row["plugin"], json: row["result"], article: article, in: db)
            }
            try db.execute(sql: "UPDATE corpus_info SET value = '2' WHERE key = 'schema'")
        }
        return migrator
    }
}
