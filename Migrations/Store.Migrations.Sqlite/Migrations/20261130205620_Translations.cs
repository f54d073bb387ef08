using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TranslationChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MsgId = table.Column<string>(type: "TEXT", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: false),
                    After = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TranslationOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MsgId = table.Column<string>(type: "TEXT", nullable: false),
                    MsgIdPlural = table.Column<string>(type: "TEXT", nullable: true),
                    Forms = table.Column<string>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationOverrides", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationChanges_Culture_ChangedUtc",
                table: "TranslationChanges",
                columns: new[] { "Culture", "ChangedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationOverrides_Culture_Context_MsgId",
                table: "TranslationOverrides",
                columns: new[] { "Culture", "Context", "MsgId" },
                unique: true);

            // --- Hand-written data migration (Translations): an existing shop's Translator role gets the new
            // permission, as setup gives it to a new shop. Before setup there is no role and nothing is inserted. ---
            migrationBuilder.Sql("""
                INSERT INTO "RoleClaims" ("RoleId", "ClaimType", "ClaimValue")
                SELECT r."Id", 'permission', 'Translations.ManageTranslations' FROM "Roles" r
                WHERE r."Name" = 'Translator'
                  AND NOT EXISTS (SELECT 1 FROM "RoleClaims" c WHERE c."RoleId" = r."Id" AND c."ClaimType" = 'permission' AND c."ClaimValue" = 'Translations.ManageTranslations');
                """);
            // --- End of hand-written data migration. ---
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TranslationChanges");

            migrationBuilder.DropTable(
                name: "TranslationOverrides");
        }
    }
}
