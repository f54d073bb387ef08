using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class WishlistAlertCurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "StockAlerts",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Currency",
                table: "StockAlerts");
        }
    }
}
