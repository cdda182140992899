variable "threat_detection" {
  type        = bool
  description = "Whether this account runs GuardDuty itself"
}

resource "aws_guardduty_detector" "main" {
  enable = var.threat_detection
}
