using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Store.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AbandonedCartsAndReturnPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Carts",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CartReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CartId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CartUpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecoveredOrderId = table.Column<int>(type: "integer", nullable: true),
                    RecoveredOrderNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecoveredTotal = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    RecoveredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CartReminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Carts_UpdatedUtc",
                table: "Carts",
                column: "UpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AccountConsents_VisitorId_Purpose_Id",
                table: "AccountConsents",
                columns: new[] { "VisitorId", "Purpose", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CartReminders_CartId_CartUpdatedUtc",
                table: "CartReminders",
                columns: new[] { "CartId", "CartUpdatedUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CartReminders_SentUtc",
                table: "CartReminders",
                column: "SentUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CartReminders_UserId_SentUtc",
                table: "CartReminders",
                columns: new[] { "UserId", "SentUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CartReminders");

            migrationBuilder.DropIndex(
                name: "IX_Carts_UpdatedUtc",
                table: "Carts");

            migrationBuilder.DropIndex(
                name: "IX_AccountConsents_VisitorId_Purpose_Id",
                table: "AccountConsents");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Carts");
        }
    }
}
