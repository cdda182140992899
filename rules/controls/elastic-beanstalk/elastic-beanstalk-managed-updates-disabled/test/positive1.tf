resource "aws_elastic_beanstalk_application" "storefront" {
  name = "storefront"
}

resource "aws_elastic_beanstalk_environment" "storefront_web" {
  name                = "storefront-web"
  application         = aws_elastic_beanstalk_application.storefront.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "storefront-web"
  }

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}

resource "aws_elastic_beanstalk_environment" "storefront_worker" {
  name                = "storefront-worker"
  application         = aws_elastic_beanstalk_application.storefront.name
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
  tier                = "Worker"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "false"
  }
}
