using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Store.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GoLive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountConsents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    VisitorId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    Wording = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountConsents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogPriceSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ShowLowestPriorPrice = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogPriceSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogVariantPrices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VariantId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    FromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ToUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PriorLow = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogVariantPrices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromPath = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ToPath = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentRedirects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContentSeoSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RobotsTxt = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentSeoSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountConsents_UserId_Purpose_Id",
                table: "AccountConsents",
                columns: new[] { "UserId", "Purpose", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogVariantPrices_ProductId_ToUtc",
                table: "CatalogVariantPrices",
                columns: new[] { "ProductId", "ToUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogVariantPrices_VariantId_ToUtc",
                table: "CatalogVariantPrices",
                columns: new[] { "VariantId", "ToUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentRedirects_FromPath",
                table: "ContentRedirects",
                column: "FromPath",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountConsents");

            migrationBuilder.DropTable(
                name: "CatalogPriceSettings");

            migrationBuilder.DropTable(
                name: "CatalogVariantPrices");

            migrationBuilder.DropTable(
                name: "ContentRedirects");

            migrationBuilder.DropTable(
                name: "ContentSeoSettings");
        }
    }
}
