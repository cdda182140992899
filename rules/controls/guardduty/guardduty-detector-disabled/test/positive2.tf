variable "guardduty_enabled" {
  type    = bool
  default = false
}

resource "aws_guardduty_detector" "main" {
  enable = var.guardduty_enabled
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}
