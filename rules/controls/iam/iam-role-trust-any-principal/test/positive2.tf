data "aws_iam_policy_document" "support_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "support" {
  name               = "vendor-support"
  assume_role_policy = data.aws_iam_policy_document.support_trust.json
}

resource "aws_iam_role" "legacy_sync" {
  name               = "legacy-sync"
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
}
