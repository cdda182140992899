resource "aws_guardduty_detector" "main" {
  enable                       = false
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
