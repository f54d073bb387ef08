using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Store.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Context = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MsgId = table.Column<string>(type: "text", nullable: false),
                    Before = table.Column<string>(type: "text", nullable: false),
                    After = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TranslationOverrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Context = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MsgId = table.Column<string>(type: "text", nullable: false),
                    MsgIdPlural = table.Column<string>(type: "text", nullable: true),
                    Forms = table.Column<string>(type: "text", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
